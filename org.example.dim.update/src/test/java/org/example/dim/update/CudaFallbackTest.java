package org.example.dim.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The optional CUDA fragment (built with the profile cuda-fragment) installed beside the CPU natives, as the GPU
 * feature installs it on Linux: Equinox with the engine bundle, its Linux CPU natives fragment and its CUDA fragment,
 * all unpacked as p2 installs them. ND4J finds both backends through their ServiceLoader files and tries them by
 * priority, CUDA first; where no CUDA device is usable (no driver, no CUDA 11.6 runtime, no GPU, as on the build
 * machine) the CUDA backend's check fails and ND4J goes on to the CPU backend, so a DIM model trains as without the
 * fragment. Where a CUDA device is usable, it must train on CUDA instead. Runs only when the site holds the fragment.
 */
@EnabledOnOs(value = OS.LINUX, architectures = "amd64")
@EnabledIf("siteHasTheCudaFragment")
class CudaFallbackTest {

    private static final Path WORK = Path.of("target/equinox-cuda");

    private static final Path PLUGINS = Path.of("target/repository/plugins");

    private static Framework framework;

    private static Bundle engine;

    private static Bundle cuda;

    private static Bundle probe;

    static boolean siteHasTheCudaFragment() throws Exception {
        return cudaFragmentJar().isPresent();
    }

    private static Optional<Path> cudaFragmentJar() throws Exception {
        if (!Files.isDirectory(PLUGINS)) {
            return Optional.empty();
        }
        try (Stream<Path> jars = Files.list(PLUGINS)) {
            return jars.filter(TestBundles::isCudaFragment).findFirst();
        }
    }

    private static Bundle installUnpacked(final BundleContext context, final Path jar) throws Exception {
        Path folder = WORK.resolve("plugins").resolve(jar.getFileName().toString().replace(".jar", ""));
        return context.installBundle("reference:" + TestBundles.unpack(jar, folder.toAbsolutePath()).toUri());
    }

    private static Path siteJar(final String symbolicName) throws Exception {
        try (Stream<Path> jars = Files.list(PLUGINS)) {
            return jars.filter(j -> j.getFileName().toString().startsWith(symbolicName + "_")).findFirst()
                .orElseThrow(() -> new AssertionError("the site has no " + symbolicName));
        }
    }

    @BeforeAll
    static void startFramework() throws Exception {
        framework = TestBundles.startFramework(WORK);
        BundleContext context = framework.getBundleContext();
        engine = installUnpacked(context, siteJar("org.example.dim.engine"));
        installUnpacked(context, siteJar("org.example.dim.engine.linux.x86_64"));
        cuda = installUnpacked(context, cudaFragmentJar().orElseThrow());
        probe = context.installBundle(TestBundles.probe(EngineProbe.class, "org.example.dim.engine",
            WORK.resolve("probe.jar")).toUri().toString());
        framework.adapt(FrameworkWiring.class).resolveBundles(null);
    }

    @AfterAll
    static void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
        TestBundles.deleteTree(WORK); // 700 MB unpacked
    }

    @Test
    void bothFragmentsAttachToTheEngineAndNd4jSeesBothBackendsCudaFirst() throws Exception {
        assertEquals(Bundle.RESOLVED, cuda.getState() & (Bundle.RESOLVED | Bundle.INSTALLED), "CUDA fragment");
        List<String> attached = engine.adapt(BundleWiring.class).getProvidedWires("osgi.wiring.host").stream()
            .map(w -> w.getRequirer().getSymbolicName()).sorted().toList();
        assertEquals(List.of(TestBundles.CUDA_FRAGMENT, "org.example.dim.engine.linux.x86_64"), attached);
        Map<String, Integer> priorities = backendPriorities();
        System.out.println("CudaFallbackTest: ND4J backends and priorities inside the engine bundle: " + priorities);
        assertEquals(List.of("CpuBackend", "JCublasBackend"), priorities.keySet().stream().sorted().toList());
        if (System.getenv("BACKEND_PRIORITY_CPU") == null && System.getenv("BACKEND_PRIORITY_GPU") == null) {
            assertTrue(priorities.get("JCublasBackend") > priorities.get("CpuBackend"), "ND4J tries CUDA first");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDimModelTrainsOnCudaWhereADeviceIsUsableAndElseOnTheCpu() throws Exception {
        String[] result = ((Function<String, String>)probe.loadClass(EngineProbe.class.getName())
            .getDeclaredConstructor().newInstance()).apply(Path.of("../testflows/data/cifs").toAbsolutePath()
                .toString()).split("\\|");
        boolean cudaUsable = cudaUsable();
        System.out.println("CudaFallbackTest: CUDA device usable: " + cudaUsable + "; the DIM model trained on "
            + result[0] + ", loss " + result[3]);
        String backend = result[0].toUpperCase(Locale.ROOT);
        assertTrue(cudaUsable ? backend.contains("JCUBLAS") : backend.contains("CPU"), "backend " + result[0]);
        assertEquals("1", result[1], "epochs run");
        assertEquals("2", result[2], "history: untrained and one epoch");
        assertTrue(Double.isFinite(Double.parseDouble(result[3])), "loss " + result[3]);
    }

    /** The backends ND4J's ServiceLoader finds through the engine bundle's class loader, by class name. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Integer> backendPriorities() throws Exception {
        Class backendType = engine.loadClass("org.nd4j.linalg.factory.Nd4jBackend");
        Map<String, Integer> priorities = new LinkedHashMap<>();
        for (Object backend : ServiceLoader.load(backendType, backendType.getClassLoader())) {
            priorities.put(backend.getClass().getSimpleName(),
                (Integer)backendType.getMethod("getPriority").invoke(backend));
        }
        return priorities;
    }

    /** What ND4J asks the CUDA backend before using it: a CUDA device and the CUDA libraries. */
    private static boolean cudaUsable() {
        try {
            Class<?> backend = engine.loadClass("org.nd4j.linalg.jcublas.JCublasBackend");
            return (Boolean)backend.getMethod("isAvailable").invoke(backend.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false; // JCublasBackend throws where CUDA's libraries are missing
        }
    }
}
