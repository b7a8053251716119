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
import org.eclipse.equinox.internal.p2.metadata.InstallableUnit;
import org.eclipse.equinox.internal.p2.metadata.repository.MetadataRepositoryIO;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;

/**
 * Runs inside Equinox with p2's bundles: reads the site's content.xml with p2's own parser and reports, per unit, on
 * which platforms p2 would install it and which of its requirements the site itself does not satisfy. One line a
 * unit: "id version linux-x86_64 win32-x86_64 macosx-aarch64 unmet-requirements".
 */
public final class P2Probe implements Function<String, String> {

    private static final List<Map<String, String>> PLATFORMS = List.of(
        Map.of("osgi.os", "linux", "osgi.arch", "x86_64", "org.eclipse.update.install.features", "true"),
        Map.of("osgi.os", "win32", "osgi.arch", "x86_64", "org.eclipse.update.install.features", "true"),
        Map.of("osgi.os", "macosx", "osgi.arch", "aarch64", "org.eclipse.update.install.features", "true"));

    @Override
    public String apply(final String repository) {
        Path content = Path.of(repository, "content.xml");
        try (InputStream in = Files.newInputStream(content)) {
            // an agent without services: p2 then only parses, publishing nothing to an event bus
            IProvisioningAgent agent = (IProvisioningAgent)Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {IProvisioningAgent.class}, (proxy, method, args) -> null);
            IMetadataRepository repo = new MetadataRepositoryIO(agent).read(content.toUri().toURL(), in,
                new NullProgressMonitor());
            List<IInstallableUnit> units = new ArrayList<>();
            repo.query(QueryUtil.createIUAnyQuery(), null).forEach(units::add);
            List<String> lines = new ArrayList<>();
            for (IInstallableUnit iu : units) {
                StringBuilder line = new StringBuilder(iu.getId() + " " + iu.getVersion());
                for (Map<String, String> platform : PLATFORMS) {
                    line.append(' ').append(iu.getFilter() == null
                        || iu.getFilter().isMatch(InstallableUnit.contextIU(platform)));
                }
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
