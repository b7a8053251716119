package org.example.dim.nodes.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.util.FileUtil;

/**
 * A file setting as KNIME users write it: a local path, a file: URL, or a knime:// URL (knime://knime.workflow/..
 * relative to the workflow, knime://LOCAL/.. and other mount points), resolved by KNIME, so that a workflow keeps
 * working when it is moved, shared or run on a server.
 */
public final class FileLocation {

    private final String text;

    private final URL url;

    private final String setting;

    private FileLocation(final String text, final URL url, final String setting) {
        this.text = text;
        this.url = url;
        this.setting = setting;
    }

    /** The location a setting names; a blank or malformed value is an error naming the setting. */
    public static FileLocation parse(final String value, final String setting) throws InvalidSettingsException {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidSettingsException("Setting '" + setting + "': give a file path or a knime:// URL");
        }
        try {
            return new FileLocation(text, FileUtil.toURL(text), setting);
        } catch (MalformedURLException | InvalidPathException e) {
            throw new InvalidSettingsException("Setting '" + setting + "': '" + text + "' is neither a path nor a URL ("
                + e.getMessage() + ")", e);
        }
    }

    /** The local file this denotes (knime:// URLs of a local workflow included), or null for a remote location. */
    public Path localPath() throws InvalidSettingsException {
        try {
            return FileUtil.resolveToPath(url);
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            throw new InvalidSettingsException("Setting '" + setting + "': cannot resolve '" + text + "' ("
                + e.getMessage() + ")", e);
        }
    }

    /** The local file this denotes; a remote location is an error, for readers of folders. */
    public Path requireLocalPath() throws InvalidSettingsException {
        Path local = localPath();
        if (local == null) {
            throw new InvalidSettingsException("Setting '" + setting + "': '" + text
                + "' is not a local file or folder; copy it to the workflow's data area first");
        }
        return local;
    }

    public InputStream open() throws IOException, InvalidSettingsException {
        Path local = localPath();
        return local != null ? Files.newInputStream(local) : FileUtil.openInputStream(text);
    }

    /**
     * Opens the location for writing, creating missing local folders; without {@code overwrite}, an existing local
     * file is an error.
     */
    public OutputStream create(final boolean overwrite) throws IOException, InvalidSettingsException {
        Path local = localPath();
        if (local == null) {
            return FileUtil.openOutputStream(url, "PUT");
        }
        if (local.getParent() != null) {
            Files.createDirectories(local.getParent());
        }
        return overwrite ? Files.newOutputStream(local)
            : Files.newOutputStream(local, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    @Override
    public String toString() {
        return text;
    }
}
