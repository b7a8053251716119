package org.example.dim.engine.dim;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Float arrays read and written in place, where the backend keeps them in host memory (ND4J's CPU
 * backend). The model's hot kernels use this to run as plain loops instead of chains of ND4J ops; on
 * any other backend they fall back to ND4J ops.
 */
final class HostArrays {

    /**
     * The system property that makes the model run as on any other backend (ND4J ops and {@code mmul} only) on
     * the CPU too, so that the path a GPU takes is tested on machines without one.
     */
    static final String OPS_ONLY = "org.example.dim.opsOnly";

    /** Whether arrays live in host memory (ND4J's CPU backend) and the host kernels are used. */
    static final boolean CPU = Nd4j.getBackend().getClass().getSimpleName().startsWith("Cpu")
            && !Boolean.getBoolean(OPS_ONLY);

    private HostArrays() {
    }

    /** Whether {@code m} is a float matrix stored row by row without gaps, so {@link #floats} can read it. */
    static boolean plain(INDArray m) {
        return CPU && m.dataType() == DataType.FLOAT && m.rank() == 2 && m.ordering() == 'c'
                && m.elementWiseStride() == 1 && m.length() > 0;
    }

    /** The host memory of a {@linkplain #plain plain} array, its first element at index 0. */
    static FloatBuffer floats(INDArray m) {
        return pointer(m).capacity(m.length()).asBuffer();
    }

    /** A copy of a {@linkplain #plain plain} array's elements, row by row. */
    static float[] copy(INDArray m) {
        float[] values = new float[Math.toIntExact(m.length())];
        floats(m).get(0, values);
        return values;
    }

    /**
     * A float array's first element in host memory (a view's buffer already points there: ND4J applies the
     * view's offset to its buffer's address, though not to {@code asNioFloat}).
     */
    static FloatPointer pointer(INDArray m) {
        return new FloatPointer(m.data().addressPointer());
    }

    /** A new uninitialised float matrix. */
    static INDArray matrix(long rows, long cols) {
        return Nd4j.createUninitialized(DataType.FLOAT, rows, cols);
    }
}
