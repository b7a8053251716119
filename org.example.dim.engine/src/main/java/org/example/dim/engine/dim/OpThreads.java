package org.example.dim.engine.dim;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Keeps ND4J's ops on the calling thread while DIM models are open. The model's arrays are a few MB
 * each, too small for splitting one op across cores to pay (on two cores, spinning OpenMP and OpenBLAS
 * workers took half the CPU time); the model instead runs its two independent branches on two threads.
 *
 * <p>OpenMP's thread count is a per-thread setting, so each of the model's threads sets it for itself;
 * ND4J's own pool and OpenBLAS are process-wide, so the first open model lowers them and the last one
 * closed puts back what it found (a KNIME process runs other ND4J work too).
 */
final class OpThreads {

    private static int openModels;
    private static int[] found;

    private OpThreads() {
    }

    /** A model opens: ND4J's pool and OpenBLAS go to one thread. */
    static synchronized void acquire() {
        if (openModels++ == 0) {
            found = new int[] {Nd4j.getEnvironment().maxThreads(), Nd4j.getEnvironment().maxMasterThreads(),
                Nd4j.factory().blas().getMaxThreads()};
            Nd4j.getEnvironment().setMaxThreads(1);
            Nd4j.getEnvironment().setMaxMasterThreads(1);
            Nd4j.factory().blas().setMaxThreads(1);
        }
    }

    /** A model closes: the last one restores the thread counts found by the first. */
    static synchronized void release() {
        if (--openModels == 0) {
            Nd4j.getEnvironment().setMaxThreads(found[0]);
            Nd4j.getEnvironment().setMaxMasterThreads(found[1]);
            Nd4j.factory().blas().setMaxThreads(found[2]);
        }
    }

    /** The calling thread's OpenMP ops run on it alone. */
    static void useOne() {
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
    }
}
