package org.example.dim.cli;

import java.util.Locale;

/** Checks the requested device against the ND4J backend the build put on the classpath. */
final class Backends {

    private Backends() {
    }

    /** @throws IllegalStateException when "gpu" is asked of a CPU build or "cpu" of a CUDA build */
    static void check(String requested, String device) {
        boolean cuda = device.toLowerCase(Locale.ROOT).contains("cuda");
        if (requested.equals("gpu") && !cuda) {
            throw new IllegalStateException("--device gpu: this build has the CPU backend (" + device
                    + "); build with 'mvn -Pcuda package' for ND4J CUDA");
        }
        if (requested.equals("cpu") && cuda) {
            throw new IllegalStateException("--device cpu: this build has the CUDA backend; build without -Pcuda");
        }
    }
}
