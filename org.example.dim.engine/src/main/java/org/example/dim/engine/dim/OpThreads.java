package org.example.dim.engine.dim;

import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Keeps ND4J's ops on the calling thread. The model's arrays are a few MB each, too small for
 * splitting one op across cores to pay (on two cores, spinning OpenMP workers took half the CPU time);
 * the model instead runs its two independent branches on two threads. OpenMP's thread count is a
 * per-thread setting, so each of the model's threads sets it for itself.
 */
final class OpThreads {

    private OpThreads() {
    }

    static void useOne() {
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
        org.nd4j.linalg.factory.Nd4j.getEnvironment().setMaxThreads(1);
        org.nd4j.linalg.factory.Nd4j.getEnvironment().setMaxMasterThreads(1);
        org.nd4j.linalg.factory.Nd4j.factory().blas().setMaxThreads(1);
    }
}
