package org.knime.core.data.image;

/** Stand-in: the content of an image port or cell (only the type is used). */
public interface ImageContent {
}
