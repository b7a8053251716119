package org.example.dim.engine.dim;

import java.nio.FloatBuffer;
import org.example.dim.engine.dim.DimConfig.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.concurrency.AffinityManager;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Broadcast;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The few tensor operations the hand-differentiated model needs beyond ND4J's matrix algebra, each
 * with its derivative: row gathers and their scatter-add adjoint, per-site broadcasts over the
 * environment axis, masked softmax, activations. All run as ND4J ops, so on CPU and CUDA alike; on the CPU
 * the per-site reductions are sgemv calls instead ({@link Gemm#perSite}).
 */
final class Tensors {

    private Tensors() {
    }

    /** Rows {@code index[i]} of a matrix. */
    static INDArray gatherRows(INDArray source, int[] index) {
        return Nd4j.pullRows(source, 1, index);
    }

    /**
     * The adjoint of {@link #gatherRows}: a {@code rows × width} matrix with each update added to its row.
     * A plain loop: ND4J's scatter_add builds an array object per row, which made it a tenth of a step. The
     * updates are read through a view of their host memory, row by row: copying them out element by element
     * ({@code asFloat}) cost more than the loop itself.
     */
    static INDArray scatterAddRows(long rows, int[] index, INDArray updates) {
        int w = (int) updates.size(1);
        boolean plain = !updates.isView() && updates.ordering() == 'c' && updates.data().length() == updates.length();
        INDArray source = plain ? updates : updates.dup('c');
        Nd4j.getAffinityManager().ensureLocation(source, AffinityManager.Location.HOST);
        FloatBuffer in = source.data().asNioFloat();
        float[] row = new float[w];
        float[] out = new float[Math.toIntExact(rows * w)];
        for (int p = 0; p < index.length; p++) {
            in.get(p * w, row);
            int to = index[p] * w;
            for (int k = 0; k < w; k++) {
                out[to + k] += row[k];
            }
        }
        return Nd4j.createFromArray(out).reshape(rows, w);
    }

    /** Blocks of L rows: row i of the result's B blocks is block {@code index[i]} of a (B·L) × w matrix. */
    static INDArray gatherBlocks(INDArray pairs, int[] index, long l) {
        long w = pairs.size(1);
        return gatherRows(pairs.reshape(pairs.size(0) / l, l * w), index).reshape(index.length * l, w);
    }

    /** Adds each site's row to the L pair rows of its environment, in place on a (B·L) × w matrix. */
    static void addPerPair(INDArray pairs, INDArray perSite, long l) {
        INDArray view = pairs.reshape(perSite.size(0), l, perSite.size(1));
        Broadcast.add(view, perSite, view, 0, 2);
    }

    /** The adjoint of {@link #addPerPair}: the sum over each site's L positions. */
    static INDArray sumOverEnvironment(INDArray pairs, long l) {
        return pairs.reshape(pairs.size(0) / l, l, pairs.size(1)).sum(1);
    }

    /** {@code Σ_k a[b,l,k]·v[b,k]}: each pair row dotted with its site's vector, as B × L. */
    static INDArray dotPerSite(INDArray pairs, INDArray perSite, long l) {
        if (HostArrays.plain(pairs) && HostArrays.plain(perSite)) {
            return Gemm.perSite(pairs, perSite, (int) l, false);
        }
        long b = perSite.size(0);
        INDArray p = pairs.reshape(b, l, perSite.size(1));
        INDArray product = Nd4j.createUninitialized(DataType.FLOAT, p.shape());
        Broadcast.mul(p, perSite, product, 0, 2);
        return product.sum(2);
    }

    /** {@code out[b,l,k] = s[b,l]·v[b,k]}, as (B·L) × w: a per-pair scalar times its site's vector. */
    static INDArray outerPerSite(INDArray perPairScalar, INDArray perSite) {
        long b = perSite.size(0);
        long l = perPairScalar.size(1);
        long w = perSite.size(1);
        INDArray out = Nd4j.createUninitialized(DataType.FLOAT, b, l, w);
        Broadcast.copy(out, perSite, out, 0, 2);
        Broadcast.mul(out, perPairScalar, out, 0, 1);
        return out.reshape(b * l, w);
    }

    /** {@code Σ_l s[b,l]·a[b,l,:]}: per-pair rows weighted by per-pair scalars and summed per site, B × w. */
    static INDArray weightedSum(INDArray pairs, INDArray perPairScalar) {
        if (HostArrays.plain(pairs) && HostArrays.plain(perPairScalar)) {
            return Gemm.perSite(pairs, perPairScalar, (int) perPairScalar.size(1), true);
        }
        long b = perPairScalar.size(0);
        long l = perPairScalar.size(1);
        INDArray p = pairs.reshape(b, l, pairs.size(1));
        INDArray product = Nd4j.createUninitialized(DataType.FLOAT, p.shape());
        Broadcast.mul(p, perPairScalar, product, 0, 1);
        return product.sum(1);
    }

    /** Softmax over each row where {@code mask} is 1; masked entries get exactly 0. */
    static INDArray maskedSoftmax(INDArray logits, INDArray mask) {
        INDArray shifted = logits.add(mask.sub(1.0).muli(1e9));
        shifted.subiColumnVector(shifted.max(1).reshape(-1, 1));
        INDArray e = Transforms.exp(shifted, false).muli(mask);
        return e.diviColumnVector(e.sum(1).reshape(-1, 1));
    }

    /** The gradient of the logits from that of a softmax's output {@code p}: p ∘ (dp − Σ dp∘p). */
    static INDArray softmaxBackward(INDArray p, INDArray dp) {
        INDArray inner = dp.mul(p).sum(1).reshape(-1, 1);
        return dp.subColumnVector(inner).muli(p);
    }

    static INDArray activate(INDArray pre, Activation activation) {
        return switch (activation) {
            case RELU -> Transforms.relu(pre, true);
            case MISH -> pre.mul(Transforms.tanh(Transforms.softPlus(pre, true), false));
        };
    }

    /** The gradient of an activation's input from that of its output. */
    static INDArray activationBackward(INDArray pre, INDArray dOut, Activation activation) {
        return switch (activation) {
            case RELU -> dOut.mul(Transforms.step(pre, true));
            case MISH -> {
                // d/dx x·tanh(sp(x)) = tanh(sp) + x·(1 − tanh²(sp))·σ(x)
                INDArray t = Transforms.tanh(Transforms.softPlus(pre, true), false);
                INDArray slope = t.mul(t).rsubi(1.0).muli(pre).muli(Transforms.sigmoid(pre, true)).addi(t);
                yield slope.muli(dOut);
            }
        };
    }

    /** softplus(x) = ln(1 + eˣ), stable for large |x|. */
    static INDArray softplus(INDArray x) {
        return Transforms.softPlus(x, true);
    }

    static INDArray sigmoid(INDArray x) {
        return Transforms.sigmoid(x, true);
    }
}
