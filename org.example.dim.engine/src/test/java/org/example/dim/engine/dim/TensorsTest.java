package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The row scatter and the per-site reductions (both ways: sgemv in place and ND4J ops) against sums done by hand. */
class TensorsTest {

    @Test
    void scatterAddsEachUpdateToItsRow() {
        INDArray updates = Nd4j.createFromArray(new float[][] {{1, 2}, {10, 20}, {100, 200}, {1000, 2000}});
        INDArray sum = Tensors.scatterAddRows(3, new int[] {2, 0, 2, 2}, updates);
        assertArrayEquals(new float[][] {{10, 20}, {0, 0}, {1101, 2202}}, sum.toFloatMatrix());
    }

    @Test
    void readsViewsAndTransposedUpdatesByTheirValues() {
        INDArray big = Nd4j.createFromArray(new float[][] {{9, 9, 9}, {1, 2, 9}, {3, 4, 9}});
        INDArray view = big.get(NDArrayIndex.interval(1, 3),
            NDArrayIndex.interval(0, 2));
        assertArrayEquals(new float[][] {{4, 6}}, Tensors.scatterAddRows(1, new int[] {0, 0}, view).toFloatMatrix());
        INDArray fortran = Nd4j.createFromArray(new float[][] {{1, 2}, {3, 4}}).dup('f');
        assertArrayEquals(new float[][] {{3, 4}, {1, 2}},
            Tensors.scatterAddRows(2, new int[] {1, 0}, fortran).toFloatMatrix());
    }

    @Test
    void weightedSumsAndDotsPerSiteAsWorkedOutByHand() {
        // two sites with two pairs each, rows of width 3
        float[][] rows = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {10, 11, 12}};
        INDArray plain = Nd4j.createFromArray(rows);
        INDArray columnMajor = plain.dup('f'); // not readable in place by sgemv: the ND4J ops
        INDArray weights = Nd4j.createFromArray(new float[][] {{1, 2}, {3, -1}});
        INDArray vectors = Nd4j.createFromArray(new float[][] {{1, 0, -1}, {2, 1, 0}});
        for (INDArray pairs : new INDArray[] {plain, columnMajor}) {
            // 1·(1,2,3) + 2·(4,5,6) and 3·(7,8,9) − (10,11,12)
            assertArrayEquals(new float[][] {{9, 12, 15}, {11, 13, 15}},
                    Tensors.weightedSum(pairs, weights).toFloatMatrix());
            // (1,2,3)·(1,0,−1), (4,5,6)·(1,0,−1); (7,8,9)·(2,1,0), (10,11,12)·(2,1,0)
            assertArrayEquals(new float[][] {{-2, -2}, {22, 31}}, Tensors.dotPerSite(pairs, vectors, 2).toFloatMatrix());
        }
    }
}
