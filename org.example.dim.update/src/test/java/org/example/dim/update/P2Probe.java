package org.example.dim.update;

import java.io.InputStream;
import java.nio.file.Files;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.internal.p2.artifact.repository.simple.SimpleArtifactRepository;
import org.eclipse.equinox.internal.p2.artifact.repository.simple.SimpleArtifactRepositoryIO;
import org.eclipse.equinox.internal.p2.metadata.InstallableUnit;
import org.eclipse.equinox.internal.p2.metadata.repository.MetadataRepositoryIO;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;

/**
 * Runs inside Equinox with p2's bundles: reads the site's content.xml and artifacts.xml with p2's own parsers and
 * reports, per unit, on which platforms p2 would install it, which of its artifacts p2 would not find (no descriptor,
 * no file where the mapping rules point, or another size) and which of its requirements the site itself does not
 * satisfy. One line a unit: "id version linux-x86_64 win32-x86_64 macosx-aarch64 [missing artifacts] [unmet]".
 */
public final class P2Probe implements Function<String, String> {

    private static final List<Map<String, String>> PLATFORMS = List.of(
        Map.of("osgi.os", "linux", "osgi.arch", "x86_64", "org.eclipse.update.install.features", "true"),
        Map.of("osgi.os", "win32", "osgi.arch", "x86_64", "org.eclipse.update.install.features", "true"),
        Map.of("osgi.os", "macosx", "osgi.arch", "aarch64", "org.eclipse.update.install.features", "true"));

    /** Whether the file the repository's mapping rules give for an artifact exists with the recorded size. */
    private static boolean stored(final IArtifactRepository repository, final IArtifactDescriptor artifact)
        throws java.io.IOException {
        Path file = Path.of(((SimpleArtifactRepository)repository).getLocation(artifact));
        return Files.isRegularFile(file)
            && String.valueOf(Files.size(file)).equals(artifact.getProperty(IArtifactDescriptor.ARTIFACT_SIZE));
    }

    @Override
    public String apply(final String repository) {
        Path content = Path.of(repository, "content.xml");
        try (InputStream in = Files.newInputStream(content)) {
            // an agent without services: p2 then only parses, publishing nothing to an event bus
            IProvisioningAgent agent = (IProvisioningAgent)Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {IProvisioningAgent.class}, (proxy, method, args) -> null);
            IMetadataRepository repo = new MetadataRepositoryIO(agent).read(content.toUri().toURL(), in,
                new NullProgressMonitor());
            IArtifactRepository artifacts;
            try (InputStream a = Files.newInputStream(Path.of(repository, "artifacts.xml"))) {
                artifacts = new SimpleArtifactRepositoryIO(agent).read(Path.of(repository).toUri(), a,
                    new NullProgressMonitor(), false);
            }
            // what p2's repository manager does after reading: the mapping rules now know ${repoUrl}
            ((SimpleArtifactRepository)artifacts).initializeAfterLoad(Path.of(repository).toUri());
            List<IInstallableUnit> units = new ArrayList<>();
            repo.query(QueryUtil.createIUAnyQuery(), null).forEach(units::add);
            List<String> lines = new ArrayList<>();
            for (IInstallableUnit iu : units) {
                StringBuilder line = new StringBuilder(iu.getId() + " " + iu.getVersion());
                for (Map<String, String> platform : PLATFORMS) {
                    line.append(' ').append(iu.getFilter() == null
                        || iu.getFilter().isMatch(InstallableUnit.contextIU(platform)));
                }
                List<String> missing = new ArrayList<>();
                for (IArtifactKey key : iu.getArtifacts()) {
                    IArtifactDescriptor[] found = artifacts.getArtifactDescriptors(key);
                    if (found.length == 0 || !stored(artifacts, found[0])) {
                        missing.add(key.toString());
                    }
                }
                line.append(' ').append(missing);
                List<String> unmet = new ArrayList<>();
                for (IRequirement r : iu.getRequirements()) {
                    if (r.getMin() > 0 && units.stream().noneMatch(r::isMatch)) {
                        unmet.add(r.toString());
                    }
                }
                lines.add(line.append(' ').append(unmet).toString());
            }
            return String.join("\n", lines);
        } catch (Exception e) {
            throw new IllegalStateException("p2 cannot read " + content + ": " + e, e);
        }
    }
}
