package org.hourbook.tracker.capture;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/** The pixels of an area of the screen, where the platform gives them faster than AWT's Robot. */
interface ScreenGrab {
    /**
     * @param area in the desktop's pixels (as the screen devices' bounds have them at scale 1)
     * @return the area as a {@code TYPE_INT_RGB} image, or {@code null} where this grab cannot take it
     *         (the caller then asks Robot)
     */
    BufferedImage grab(Rectangle area);

    /** After a screenshot is saved: a chance to give native memory back. */
    default void release() {}
}
