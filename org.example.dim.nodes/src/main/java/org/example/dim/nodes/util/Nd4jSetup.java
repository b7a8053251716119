package org.example.dim.nodes.util;

import org.nd4j.common.config.ND4JClassLoading;

/**
 * Points ND4J at this bundle's class loader before its first use. Inside OSGi, ND4J would otherwise look for its
 * backend through the thread's context class loader and find none, or another bundle's (knime-api.md §5).
 */
public final class Nd4jSetup {

    private Nd4jSetup() {
    }

    public static synchronized void ensure() {
        ND4JClassLoading.setNd4jClassloaderFromClass(Nd4jSetup.class);
    }
}
