package org.example.dim.nodes.util;

import org.example.dim.engine.dim.Nd4jDimModel;
import org.nd4j.common.config.ND4JClassLoading;

/**
 * Points ND4J at the engine bundle's class loader, which holds ND4J and its backends, before its first use. Inside
 * OSGi, ND4J would otherwise look for its backend through the thread's context class loader and find none, or
 * another bundle's (knime-api.md §5).
 */
public final class Nd4jSetup {

    private Nd4jSetup() {
    }

    public static synchronized void ensure() {
        ND4JClassLoading.setNd4jClassloaderFromClass(Nd4jDimModel.class);
    }
}
