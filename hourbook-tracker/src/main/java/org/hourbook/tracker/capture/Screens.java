package org.hourbook.tracker.capture;

import java.time.Instant;

/** Takes a picture of every monitor at once. */
public interface Screens {
    Capture capture(Images.Mode mode, Instant at);

    /** Loads what the first capture needs (AWT, the X connection), off the tracker's timer thread. */
    default void warmUp() {}

    /** Called once the tracker has saved a capture: a chance to give its memory back. */
    default void release() {}

    /** Used when the contract takes no screenshots, or none can be taken at all. */
    static Screens unavailable(String reason) {
        return (mode, at) -> new Capture.Failed(reason);
    }
}
