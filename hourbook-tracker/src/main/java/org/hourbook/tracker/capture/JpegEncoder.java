package org.hourbook.tracker.capture;

import java.awt.image.BufferedImage;

/** Turns a picture into JPEG bytes; {@link Images#jpeg} picks the fastest one this machine has. */
interface JpegEncoder {
    /**
     * @param quality 0..1, as ImageIO takes it (0.72 is libjpeg's quality 72)
     * @return the JPEG, or {@code null} where this encoder does not take the image's pixel layout
     */
    byte[] encode(BufferedImage image, float quality);

    /** What the doctor names: "libjpeg-turbo" or "Java's built-in encoder". */
    String name();
}
