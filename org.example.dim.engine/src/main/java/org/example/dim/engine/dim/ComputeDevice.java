package org.example.dim.engine.dim;

import java.util.Locale;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Where a model computes. ND4J picks its backend from what is installed (the CPU natives, or CUDA with
 * the build's {@code -Pcuda} profile or a CUDA fragment), so a request is checked against that backend
 * rather than switching it: asking for the GPU where only the CPU backend is installed is an error.
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
        String backend = installed();
        boolean cuda = backend.toLowerCase(Locale.ROOT).contains("cuda");
        if (this == GPU && !cuda) {
            throw new IllegalStateException("the GPU was asked for, but the installed ND4J backend is " + backend
                    + ": build with 'mvn -Pcuda' (or install the CUDA fragment), or choose auto or cpu");
        }
        if (this == CPU && cuda) {
            throw new IllegalStateException("the CPU was asked for, but the installed ND4J backend is " + backend
                    + ": build without -Pcuda, or choose auto or gpu");
        }
        return backend;
    }
}
