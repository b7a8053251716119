package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

/** Stand-in: the zip stream a port object is input through; only the framework creates it. */
public class PortObjectZipInputStream extends ZipInputStream {

    private PortObjectZipInputStream(InputStream stream) {
        super(stream);
    }
}
