package org.example.dim.nodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * KNIME's knime:// URLs for the tests: {@code knime://knime.workflow/x} is {@code x} relative to the current
 * workflow's folder, as KNIME resolves it for a local workflow. Registered once per JVM.
 */
public final class KnimeProtocol extends URLStreamHandler {

    private static Path workflow = Path.of(".");

    private static boolean registered;

    private KnimeProtocol() {
    }

    /** Makes {@code folder} the workflow that knime://knime.workflow/ URLs are relative to. */
    public static synchronized void useWorkflow(final Path folder) {
        if (!registered) {
            URL.setURLStreamHandlerFactory(p -> "knime".equals(p) ? new KnimeProtocol() : null);
            registered = true;
        }
        workflow = folder.toAbsolutePath().normalize();
    }

    private static synchronized Path resolve(final URL url) throws IOException {
        if (!"knime.workflow".equals(url.getHost())) {
            throw new IOException("only knime://knime.workflow/ URLs are known to the tests: " + url);
        }
        return workflow.resolve(url.getPath().substring(1)).normalize();
    }

    @Override
    protected URLConnection openConnection(final URL url) throws IOException {
        Path file = resolve(url);
        return new URLConnection(file.toUri().toURL()) {
            @Override
            public void connect() {
            }

            @Override
            public InputStream getInputStream() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public OutputStream getOutputStream() throws IOException {
                return Files.newOutputStream(file);
            }
        };
    }
}
