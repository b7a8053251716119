package org.example.dim.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeModel;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The bundles of the update site, installed into Equinox as p2 would (unpacked folders): those of this platform resolve
 * (its natives fragment attaches to the engine, the nodes bundle wires to the engine and to org.knime.core, here the
 * stand-in), the other platforms' natives fragments stay unresolved, ND4J finds its CPU backend through its
 * ServiceLoader files inside the engine bundle, and a DIM model trains for one epoch inside the framework. Boot
 * delegation is off, so a missing import fails here rather than in some KNIME.
 */
class EquinoxTest {

    private static final Path WORK = Path.of("target/equinox");

    private static Framework framework;

    private static final Map<String, Bundle> BUNDLES = new HashMap<>();

    /** Bundles whose platform filter excludes this machine (the other platforms' natives). */
    private static final List<Bundle> FOREIGN = new ArrayList<>();

    @BeforeAll
    static void startFramework() throws Exception {
        framework = TestBundles.startFramework(WORK);
        BundleContext context = framework.getBundleContext();
        Map<String, String> platform = Map.of("osgi.os", context.getProperty("osgi.os"), "osgi.arch",
            context.getProperty("osgi.arch"));
        try (Stream<Path> jars = Files.list(Path.of("target/repository/plugins"))) {
            // the optional CUDA fragment (profile cuda-fragment) is CudaFallbackTest's
            for (Path jar : jars.filter(j -> !TestBundles.isCudaFragment(j)).sorted().toList()) {
                String filter = BundleJar.read(jar).platformFilter();
                if (filter == null || FrameworkUtil.createFilter(filter).matches(platform)) {
                    // installed as p2 installs it: unpacked into a folder
                    Path folder = WORK.resolve("plugins").resolve(jar.getFileName().toString().replace(".jar", ""));
                    install(context, "reference:" + TestBundles.unpack(jar, folder.toAbsolutePath()).toUri());
                } else {
                    FOREIGN.add(install(context, jar.toUri().toString()));
                }
            }
        }
        Path stub = Path.of(NodeModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        install(context, TestBundles.knimeCoreStandIn(stub, WORK.resolve("org.knime.core.jar")).toUri().toString());
        Path probe = TestBundles.probe(EngineProbe.class, "org.example.dim.engine", WORK.resolve("probe.jar"));
        install(context, probe.toUri().toString());
        framework.adapt(FrameworkWiring.class).resolveBundles(null);
    }

    private static Bundle install(final BundleContext context, final String location) throws BundleException {
        Bundle b = context.installBundle(location);
        BUNDLES.put(b.getSymbolicName(), b);
        return b;
    }

    @AfterAll
    static void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    void everyBundleOfThisPlatformResolvesAndTheOthersStayAside() {
        assertEquals(List.of("org.example.dim.engine", "org.example.dim.engine.linux.x86_64",
            "org.example.dim.engine.macosx.aarch64", "org.example.dim.engine.macosx.x86_64",
            "org.example.dim.engine.win32.x86_64", "org.example.dim.nodes", "org.example.dim.probe.EngineProbe",
            "org.knime.core"),
            BUNDLES.keySet().stream().sorted().toList());
        assertEquals(3, FOREIGN.size(), "the natives of the other platforms");
        for (Bundle b : BUNDLES.values()) {
            if (FOREIGN.contains(b)) {
                assertEquals(Bundle.INSTALLED, b.getState(), b.getSymbolicName() + " must not resolve here");
            } else if ((b.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) == 0) {
                try {
                    b.start(); // only to learn why it does not resolve
                    fail(b.getSymbolicName() + " was not resolved");
                } catch (BundleException e) {
                    fail(b.getSymbolicName() + " does not resolve: " + e.getMessage());
                }
            }
        }
        BundleWiring engine = BUNDLES.get("org.example.dim.engine").adapt(BundleWiring.class);
        assertTrue(engine.getProvidedWires("osgi.wiring.host").stream()
            .anyMatch(w -> w.getRequirer().getSymbolicName().equals("org.example.dim.engine.linux.x86_64")),
            "the natives fragment is attached to the engine");
        assertTrue(engine.getRequiredWires("osgi.wiring.package").stream()
            .anyMatch(w -> "sun.misc".equals(w.getCapability().getAttributes().get("osgi.wiring.package"))),
            "javacpp needs sun.misc, imported from the system bundle");
    }

    @Test
    void theNodesSeeTheEnginesClassesThroughTheirBundle() throws Exception {
        Bundle nodes = BUNDLES.get("org.example.dim.nodes");
        Class<?> factory = nodes.loadClass("org.example.dim.nodes.trainer.DimTrainerNodeFactory");
        Object model = factory.getMethod("createNodeModel").invoke(factory.getDeclaredConstructor().newInstance());
        assertEquals(nodes.getSymbolicName(), bundleOf(model.getClass()));
        Class<?> engineClass = nodes.loadClass("org.example.dim.engine.dim.Nd4jDimModel");
        assertEquals("org.example.dim.engine", bundleOf(engineClass));
        assertEquals("org.knime.core", bundleOf(nodes.loadClass("org.knime.core.node.NodeModel")));
    }

    private static String bundleOf(final Class<?> c) {
        return ((org.osgi.framework.BundleReference)c.getClassLoader()).getBundle().getSymbolicName();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDimModelTrainsInsideTheFramework() throws Exception {
        Class<?> probe = BUNDLES.get("org.example.dim.probe.EngineProbe").loadClass(EngineProbe.class.getName());
        assertTrue(probe != EngineProbe.class, "the probe must come from its bundle, not the test's class path");
        String[] result = ((Function<String, String>)probe.getDeclaredConstructor().newInstance())
            .apply(Path.of("../testflows/data/cifs").toAbsolutePath().toString()).split("\\|");
        assertTrue(result[0].toUpperCase(Locale.ROOT).contains("CPU"), "backend " + result[0]);
        assertEquals("1", result[1], "epochs run");
        assertEquals("2", result[2], "history: untrained and one epoch");
        assertTrue(Double.isFinite(Double.parseDouble(result[3])), "loss " + result[3]);
    }
}
