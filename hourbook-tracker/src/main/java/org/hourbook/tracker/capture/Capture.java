package org.hourbook.tracker.capture;

import java.time.Instant;

/** The outcome of one screenshot attempt. */
public sealed interface Capture permits Capture.Shot, Capture.Failed {
    /** JPEG bytes, full size (already blurred when the contract asks for it) and thumbnail. */
    record Shot(byte[] jpeg, byte[] thumbnail, int width, int height, int screens, Instant takenAt) implements Capture {}

    /** @param reason what went wrong, said so the person can act on it */
    record Failed(String reason) implements Capture {}
}
