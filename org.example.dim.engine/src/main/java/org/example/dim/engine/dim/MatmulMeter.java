package org.example.dim.engine.dim;

import java.util.Arrays;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What the model's matrix products cost, for benchmarks: their floating-point operations and the time
 * spent inside them, summed over all threads since the last {@link #reset()}, and the rate of one large
 * sgemm on this machine for scale. Counting costs two clock reads per product (a step makes a few hundred).
 */
public final class MatmulMeter {

    private static final DoubleAdder FLOP = new DoubleAdder();
    private static final LongAdder NANOS = new LongAdder();
    private static final LongAdder PRODUCTS = new LongAdder();

    /** Totals since the last reset: products made, their FLOP (2 per multiply-add) and seconds inside them. */
    public record Reading(long products, double flop, double seconds) {

        /** The products' own rate, per thread that ran them. */
        public double gflops() {
            return seconds == 0 ? 0 : flop / seconds / 1e9;
        }
    }

    private MatmulMeter() {
    }

    static void record(double flop, long nanos) {
        FLOP.add(flop);
        NANOS.add(nanos);
        PRODUCTS.increment();
    }

    public static void reset() {
        FLOP.reset();
        NANOS.reset();
        PRODUCTS.reset();
    }

    public static Reading read() {
        return new Reading(PRODUCTS.sum(), FLOP.sum(), NANOS.sum() / 1e9);
    }

    /**
     * GFLOP/s of an n×n by n×n float product made as the model makes its products, the median of three
     * after one untimed run, with as many BLAS threads as are set when it is called.
     */
    public static double sgemmGflops(int n) {
        INDArray a = Nd4j.rand(DataType.FLOAT, n, n);
        INDArray b = Nd4j.rand(DataType.FLOAT, n, n);
        INDArray c = Nd4j.create(DataType.FLOAT, n, n);
        Gemm.accumulate(c, a, b);
        double[] seconds = new double[3];
        for (int r = 0; r < seconds.length; r++) {
            long t0 = System.nanoTime();
            Gemm.accumulate(c, a, b);
            seconds[r] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        return 2.0 * n * n * n / seconds[1] / 1e9;
    }
}
