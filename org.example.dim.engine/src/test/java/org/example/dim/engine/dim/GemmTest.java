package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Products read in place (views, transposes, row slices) against products written out by hand. */
class GemmTest {

    private static final float[][] A = {{1, 2, 3}, {4, 5, 6}};
    private static final float[][] B = {{1, -1}, {0, 2}, {3, 1}};
    /** A·B by hand: {1+0+9, -1+4+3}, {4+0+18, -4+10+6}. */
    private static final float[][] AB = {{10, 6}, {22, 12}};

    @Test
    void multipliesPlainMatrices() {
        assertArrayEquals(AB, Gemm.product(matrix(A), matrix(B)).toFloatMatrix());
    }

    @Test
    void readsTransposedViewsAndColumnMajorCopies() {
        INDArray at = matrix(new float[][] {{1, 4}, {2, 5}, {3, 6}}).transpose();
        INDArray bt = matrix(new float[][] {{1, 0, 3}, {-1, 2, 1}}).transpose();
        assertArrayEquals(AB, Gemm.product(at, bt).toFloatMatrix());
        assertArrayEquals(AB, Gemm.product(matrix(A).dup('f'), matrix(B).dup('f')).toFloatMatrix());
    }

    @Test
    void readsRowAndColumnSlicesAtTheirOffsets() {
        // A sits in rows 1-2, columns 1-3 of a larger matrix; B in rows 2-4 of another
        INDArray bigA = matrix(new float[][] {{9, 9, 9, 9}, {9, 1, 2, 3}, {9, 4, 5, 6}});
        INDArray bigB = matrix(new float[][] {{7, 7}, {7, 7}, {1, -1}, {0, 2}, {3, 1}});
        INDArray a = bigA.get(NDArrayIndex.interval(1, 3), NDArrayIndex.interval(1, 4));
        INDArray b = bigB.get(NDArrayIndex.interval(2, 5), NDArrayIndex.all());
        assertArrayEquals(AB, Gemm.product(a, b).toFloatMatrix());
        assertArrayEquals(new float[][] {{10}, {22}}, Gemm.product(a, b.getColumn(0).reshape(3, 1)).toFloatMatrix());
    }

    @Test
    void readsMatricesMadeOnAnOffsetIntoAFlatBuffer() {
        // as the flat parameters are: B stored after three other values
        INDArray flat = Nd4j.createFromArray(new float[] {7, 7, 7, 1, -1, 0, 2, 3, 1});
        INDArray b = Nd4j.create(flat.data(), new long[] {3, 2}, Nd4j.getStrides(new long[] {3, 2}, 'c'), 3, 'c');
        assertArrayEquals(AB, Gemm.product(matrix(A), b).toFloatMatrix());
        assertArrayEquals(new float[][] {{10, 22}, {6, 12}}, Gemm.product(b.transpose(), matrix(A).transpose())
                .toFloatMatrix());
    }

    @Test
    void accumulatesIntoARowSliceLeavingTheRestAlone() {
        INDArray gradient = matrix(new float[][] {{1, 1}, {1, 1}, {1, 1}, {5, 5}});
        Gemm.accumulate(gradient.get(NDArrayIndex.interval(1, 3), NDArrayIndex.all()), matrix(A), matrix(B));
        assertArrayEquals(new float[][] {{1, 1}, {11, 7}, {23, 13}, {5, 5}}, gradient.toFloatMatrix());
    }

    @Test
    void addsColumnSums() {
        INDArray into = matrix(new float[][] {{1, 1, 1}});
        Gemm.accumulateColumnSums(into, matrix(A));
        assertArrayEquals(new float[][] {{6, 8, 10}}, into.toFloatMatrix());
    }

    @Test
    void worksOnWorkspaceArrays() {
        StepMemory memory = new StepMemory(this);
        try {
            for (int step = 0; step < 3; step++) {
                try (MemoryWorkspace ignored = memory.open()) {
                    INDArray a = Nd4j.createFromArray(A).mul(1);
                    INDArray b = Nd4j.createFromArray(B).mul(1);
                    assertArrayEquals(AB, Gemm.product(a, b).toFloatMatrix());
                }
            }
        } finally {
            memory.destroy();
        }
    }

    @Test
    void refusesMismatchedShapes() {
        assertThrows(IllegalArgumentException.class, () -> Gemm.product(matrix(A), matrix(A)));
        assertThrows(IllegalArgumentException.class, () -> Gemm.accumulate(matrix(A), matrix(A), matrix(B)));
        assertThrows(IllegalArgumentException.class, () -> Gemm.accumulateColumnSums(matrix(A), matrix(A)));
    }

    private static INDArray matrix(float[][] values) {
        return Nd4j.createFromArray(values);
    }
}
