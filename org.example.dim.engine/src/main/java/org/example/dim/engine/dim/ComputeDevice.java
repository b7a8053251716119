package org.example.dim.engine.dim;

import java.util.Locale;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Where a model computes. ND4J picks its backend once, from what is installed (the CPU natives, or CUDA with
 * the build's {@code -Pcuda} profile or the CUDA fragment, which ND4J prefers when a CUDA device is usable), so a
 * request is checked against that backend rather than switching it: asking for the GPU where only the CPU backend
 * is installed is an error.
 */
public enum ComputeDevice {
    AUTO, CPU, GPU;

    /** The installed backend and its device count, e.g. "ND4J CPU (1 device(s))". */
    public static String installed() {
        String backend = Nd4j.getBackend().getClass().getSimpleName().replace("Backend", "");
        return "ND4J " + backend + " (" + Nd4j.getAffinityManager().getNumberOfDevices() + " device(s))";
    }

    /**
     * @return the installed backend, when it is what was asked for
     * @throws IllegalStateException otherwise, saying what to install
     */
    public String require() {
        return require(installed());
    }

    /** {@link #require()} against the given backend, as {@link #installed()} names it. */
    String require(final String backend) {
        // ND4J's CUDA backend is JCublasBackend
        boolean cuda = backend.toLowerCase(Locale.ROOT).matches(".*(cuda|cublas).*");
        if (this == GPU && !cuda) {
            throw new IllegalStateException("the GPU was asked for, but the ND4J backend in use is " + backend
                    + ": choose auto or cpu; or, in KNIME, install the GPU feature (without the NVIDIA driver"
                    + " and CUDA 11.6 it too uses the CPU); on the command line, build with -Pcuda");
        }
        if (this == CPU && cuda) {
            throw new IllegalStateException("the CPU was asked for, but the ND4J backend in use is " + backend
                    + ": choose auto or gpu; or, in KNIME, start KNIME with the environment variable"
                    + " BACKEND_PRIORITY_CPU set above BACKEND_PRIORITY_GPU (e.g. BACKEND_PRIORITY_CPU=200) or"
                    + " uninstall the GPU feature; on the command line, build without -Pcuda");
        }
        return backend;
    }
}
