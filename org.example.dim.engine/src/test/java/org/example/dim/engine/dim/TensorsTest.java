package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The row scatter against sums done by hand. */
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
}
