package org.knime.core.util;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.knime.core.node.InvalidSettingsException;

/**
 * Stand-in: KNIME's resolution of file settings, where a value is a local path or a URL (knime://knime.workflow/...,
 * knime://LOCAL/..., http...). Here only what the JDK can open: paths, file URLs and URLs whose protocol the test
 * registered.
 */
public final class FileUtil {

    private FileUtil() {
    }

    public static URL toURL(final String path) throws MalformedURLException, InvalidPathException {
        if (path.isEmpty()) {
            throw new InvalidPathException("", "Empty path");
        }
        try {
            return new URL(path.replace(" ", "%20"));
        } catch (MalformedURLException notAUrl) {
            return Paths.get(path).toAbsolutePath().toUri().toURL();
        }
    }

    /** The local file a URL denotes (knime:// URLs of the local workspace included), or null if it is remote. */
    public static Path resolveToPath(final URL url) throws IOException, URISyntaxException {
        URL resolved = url.getProtocol().equals("file") ? url : url.openConnection().getURL();
        return resolved.getProtocol().equals("file") ? Paths.get(resolved.toURI()) : null;
    }

    public static OutputStream openOutputStream(final URL url, final String httpMethod) throws IOException {
        try {
            Path local = resolveToPath(url);
            return local != null ? Files.newOutputStream(local) : url.openConnection().getOutputStream();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    public static InputStream openInputStream(final String loc) throws IOException, InvalidSettingsException {
        if (loc == null || loc.isEmpty()) {
            throw new InvalidSettingsException("No location provided");
        }
        return new BufferedInputStream(toURL(loc).openStream());
    }
}
