package org.example.dim.engine.dim;

/**
 * Bounds ND4J's native memory. ND4J frees the native buffers of a training step only when the Java
 * objects that own them are collected, and a step leaves hundreds of MB of them (anchors.md); with a
 * mostly idle heap the collector may not run for a long time. JavaCPP, which allocates them, runs the
 * collector itself once its allocations pass {@code org.bytedeco.javacpp.maxbytes}. Unless the user or
 * the launcher set the limits, they are set here, before ND4J loads, from the machine's memory.
 */
final class NativeMemory {

    private NativeMemory() {
    }

    static void configure() {
        long heap = Runtime.getRuntime().maxMemory();
        long limit = Math.max(2L << 30, Math.min(8L << 30, 2 * heap));
        if (System.getProperty("org.bytedeco.javacpp.maxbytes") == null) {
            System.setProperty("org.bytedeco.javacpp.maxbytes", Long.toString(limit));
        }
        if (System.getProperty("org.bytedeco.javacpp.maxphysicalbytes") == null) {
            System.setProperty("org.bytedeco.javacpp.maxphysicalbytes", Long.toString(limit + heap + (1L << 30)));
        }
    }
}
