package org.example.dim.engine.dim;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemv;

import java.util.Arrays;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The model's matrix products. On the CPU backend they go straight to OpenBLAS's sgemm on the arrays'
 * memory, transposed views and row slices included: ND4J's {@code mmul} took 19 ms for a 60,000×64 by
 * 64×64 product inside a workspace where sgemm itself takes 4 ms, and the model's matrices are all of
 * that tall, narrow kind. Anything sgemm cannot read in place (other backends, other types, strides
 * other than a unit one) goes through ND4J's {@code mmul}.
 */
final class Gemm {

    private Gemm() {
    }

    /** {@code a·b}, a new row-major matrix. */
    static INDArray product(INDArray a, INDArray b) {
        checkShapes(a, b);
        return sgemm(a, b, HostArrays.matrix(a.rows(), b.columns()), 0f);
    }

    /** {@code into += a·b}, in place; returns {@code into}. */
    static INDArray accumulate(INDArray into, INDArray a, INDArray b) {
        checkShapes(a, b);
        if (into.rows() != a.rows() || into.columns() != b.columns()) {
            throw new IllegalArgumentException("cannot add a " + a.rows() + "×" + b.columns() + " product to a "
                    + into.rows() + "×" + into.columns() + " matrix");
        }
        return sgemm(a, b, into, 1f);
    }

    /**
     * {@code into += Σ rows of m}, as the product of a row of ones with {@code m}: ND4J's column sum of a
     * 60,000×64 matrix took 9–11 ms, this 3.
     */
    static INDArray accumulateColumnSums(INDArray into, INDArray m) {
        if (into.rows() != 1 || into.columns() != m.columns()) {
            throw new IllegalArgumentException("cannot add the column sums of " + m.columns() + " columns to a "
                    + into.rows() + "×" + into.columns() + " matrix");
        }
        // a reduction rather than one of the model's products, so not on the matmul meter
        return sgemmOrMmul(Nd4j.ones(DataType.FLOAT, 1, m.rows()), m, into, 1f);
    }

    /**
     * Per site {@code b}, the products of its block of L pair rows (rows {@code [b·L, (b+1)·L)} of the
     * {@linkplain HostArrays#plain plain} {@code pairs}) with a vector: {@code out[b] = block·v[b]} (B × L;
     * {@code transposed}: false) or {@code out[b] = blockᵀ·v[b]} (B × w; true), one sgemv per site on the
     * arrays' memory. As ND4J ops (a broadcast product, then a sum) the B·L × w product was written and read
     * again. Reductions over each environment rather than the model's products, so not on the matmul meter.
     */
    static INDArray perSite(INDArray pairs, INDArray v, int l, boolean transposed) {
        int sites = (int) v.rows();
        int w = (int) pairs.columns();
        int length = transposed ? w : l;
        INDArray out = HostArrays.matrix(sites, length);
        FloatPointer a = HostArrays.pointer(pairs);
        FloatPointer x = HostArrays.pointer(v);
        FloatPointer y = HostArrays.pointer(out);
        int stride = (int) v.columns();
        for (int b = 0; b < sites; b++) {
            cblas_sgemv(CblasRowMajor, transposed ? CblasTrans : CblasNoTrans, l, w, 1f, a.position((long) b * l * w),
                    w, x.position((long) b * stride), 1, 0f, y.position((long) b * length), 1);
        }
        return out;
    }

    private static void checkShapes(INDArray a, INDArray b) {
        if (a.rank() != 2 || b.rank() != 2 || a.columns() != b.rows()) {
            throw new IllegalArgumentException("cannot multiply shapes " + Arrays.toString(a.shape())
                    + " and " + Arrays.toString(b.shape()));
        }
    }

    private static INDArray sgemm(INDArray a, INDArray b, INDArray c, float beta) {
        long start = System.nanoTime();
        INDArray product = sgemmOrMmul(a, b, c, beta);
        MatmulMeter.record(2.0 * a.rows() * a.columns() * b.columns(), System.nanoTime() - start);
        return product;
    }

    private static INDArray sgemmOrMmul(INDArray a, INDArray b, INDArray c, float beta) {
        Layout la = Layout.of(a);
        Layout lb = Layout.of(b);
        Layout lc = Layout.of(c);
        if (!HostArrays.CPU || la == null || lb == null || lc == null || lc.transposed) {
            return beta == 0 ? a.mmuli(b, c) : c.addi(a.mmul(b));
        }
        cblas_sgemm(CblasRowMajor, la.transpose(), lb.transpose(), (int) a.rows(), (int) b.columns(),
                (int) a.columns(), 1f, la.pointer, la.leading, lb.pointer, lb.leading, beta, lc.pointer, lc.leading);
        return c;
    }

    /** How sgemm reads a float matrix in place: its first element, whether it is stored transposed, the stride. */
    private record Layout(FloatPointer pointer, boolean transposed, int leading) {

        /** Null when sgemm cannot read the matrix in place. */
        static Layout of(INDArray m) {
            if (m.dataType() != DataType.FLOAT || m.rank() != 2 || m.length() == 0) {
                return null;
            }
            long rows = m.rows();
            long cols = m.columns();
            long rowStride = m.stride(0);
            long colStride = m.stride(1);
            boolean rowMajor = colStride == 1 || cols == 1;
            boolean columnMajor = rowStride == 1 || rows == 1;
            if (rowMajor && (rows == 1 || rowStride >= cols)) {
                return new Layout(HostArrays.pointer(m), false, (int) (rows == 1 ? cols : rowStride));
            }
            if (columnMajor && (cols == 1 || colStride >= rows)) {
                return new Layout(HostArrays.pointer(m), true, (int) (cols == 1 ? rows : colStride));
            }
            return null;
        }

        int transpose() {
            return transposed ? CblasTrans : CblasNoTrans;
        }
    }
}
