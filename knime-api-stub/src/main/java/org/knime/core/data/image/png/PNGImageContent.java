package org.knime.core.data.image.png;

import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;

/** Stand-in: a PNG image given by its bytes. */
public class PNGImageContent implements ImageContent {

    public static final DataType TYPE = DataType.getType(PNGImageCell.class);

    private final byte[] imageBytes;

    public PNGImageContent(final byte[] imageBytes) {
        this.imageBytes = imageBytes.clone();
    }

    /** Stand-in only (tests): the bytes given. */
    byte[] bytes() {
        return imageBytes.clone();
    }
}
