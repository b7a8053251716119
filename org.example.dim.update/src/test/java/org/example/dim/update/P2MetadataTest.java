package org.example.dim.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The site as p2 reads it: Equinox with p2's own bundles (from Maven Central) parses content.xml, so a unit p2 would
 * refuse or misread fails here. Checked: every unit is read, platform fragments (and the GPU feature, where the
 * profile cuda-fragment built it) install only on their platform, p2 finds every unit's artifact where the mapping
 * rules point, and every requirement is met by the site itself except KNIME's and the JRE's.
 */
class P2MetadataTest {

    private static final Path WORK = Path.of("target/equinox-p2");

    @Test
    @SuppressWarnings("unchecked")
    void p2ReadsTheSiteAndOnlyKnimeAndTheJreAreNeededBesideIt() throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put("org.osgi.framework.storage", WORK.toAbsolutePath().toString());
        config.put("org.osgi.framework.storage.clean", "onFirstInit");
        config.put("osgi.compatibility.bootdelegation", "true"); // as in Eclipse and KNIME, where p2 runs
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
        try {
            BundleContext context = framework.getBundleContext();
            try (Stream<Path> jars = Files.list(Path.of("target/p2-bundles"))) {
                for (Path jar : jars.sorted().toList()) {
                    context.installBundle(jar.toUri().toString());
                }
            }
            Bundle probe = context.installBundle(TestBundles.probe(P2Probe.class,
                "org.eclipse.equinox.p2.metadata.repository,org.eclipse.equinox.p2.artifact.repository,"
                    + "org.eclipse.equinox.p2.metadata,"
                    + "org.eclipse.equinox.p2.repository,org.eclipse.equinox.p2.core,org.eclipse.equinox.common",
                Files.createDirectories(WORK.resolveSibling("equinox-p2-probe")).resolve("probe.jar")).toUri()
                .toString());
            framework.adapt(FrameworkWiring.class).resolveBundles(null);
            for (Bundle b : context.getBundles()) {
                if (b.getSymbolicName().startsWith("org.eclipse.equinox.p2.")) {
                    b.start(Bundle.START_ACTIVATION_POLICY); // p2's parsers need their bundles' contexts
                }
            }
            String report = ((Function<String, String>)probe.loadClass(P2Probe.class.getName())
                .getDeclaredConstructor().newInstance()).apply(Path.of("target/repository").toAbsolutePath()
                    .toString());
            Map<String, String[]> units = Arrays.stream(report.split("\n")).map(l -> l.split(" ", 7))
                .collect(Collectors.toMap(f -> f[0], f -> f));
            // six bundles, the feature jar and group, the category; with the profile cuda-fragment also the CUDA
            // fragment and the GPU feature's jar and group
            boolean cuda = units.containsKey(TestBundles.CUDA_FRAGMENT);
            assertEquals(cuda ? 12 : 9, units.size(), report);
            assertPlatforms(units, "org.example.dim.engine.linux.x86_64", "true", "false", "false");
            assertPlatforms(units, "org.example.dim.engine.win32.x86_64", "false", "true", "false");
            assertPlatforms(units, "org.example.dim.engine.macosx.aarch64", "false", "false", "true");
            assertPlatforms(units, "org.example.dim.engine", "true", "true", "true");
            assertPlatforms(units, "org.example.dim.feature.feature.group", "true", "true", "true");
            if (cuda) {
                assertPlatforms(units, TestBundles.CUDA_FRAGMENT, "true", "false", "false");
                assertPlatforms(units, "org.example.dim.cuda.feature.feature.group", "true", "false", "false");
            }
            for (String[] unit : units.values()) {
                assertEquals("[]", unit[5], unit[0] + ": p2 would not find these artifacts");
                String unmet = unit[6].replaceAll("[\\[\\]]", "");
                for (String requirement : unmet.isEmpty() ? List.<String>of() : List.of(unmet.split(", "))) {
                    assertTrue(requirement.contains("org.knime.core") || requirement.contains("java.package"),
                        unit[0] + " needs " + requirement + ", which neither the site nor KNIME provides");
                }
            }
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    private static void assertPlatforms(final Map<String, String[]> units, final String id, final String linux,
        final String windows, final String mac) {
        String[] unit = units.get(id);
        assertEquals(List.of(linux, windows, mac), List.of(unit[2], unit[3], unit[4]), id + " installs on");
    }
}
