package org.example.dim.nodes.trainer;

import java.util.Locale;

/**
 * Where training runs. The ND4J backend is chosen by what is installed (the CPU natives fragment, or a CUDA one),
 * so this option checks the backend rather than switching it: asking for GPU on a CPU install is an error.
 */
enum Device {
    AUTO, CPU, GPU;

    /** @throws IllegalStateException when the backend the engine reports is not the one asked for */
    void check(final String backend) {
        boolean cuda = backend.toLowerCase(Locale.ROOT).contains("cuda");
        if (this == GPU && !cuda) {
            throw new IllegalStateException("Device GPU was asked for, but the installed ND4J backend is " + backend
                + "; install the CUDA fragment or choose AUTO or CPU");
        }
        if (this == CPU && cuda) {
            throw new IllegalStateException("Device CPU was asked for, but the installed ND4J backend is " + backend);
        }
    }
}
