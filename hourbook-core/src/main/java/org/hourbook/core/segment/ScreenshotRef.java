package org.hourbook.core.segment;

import java.time.Instant;

/**
 * The screenshot of a segment as stored in the blob store: content-addressed keys (SHA-256 hex)
 * of the full image and its thumbnail, the image's type and size, and when it was taken.
 */
public record ScreenshotRef(String sha256, String thumbSha256, String mediaType, int width, int height, long bytes, Instant takenAt) {}
