package org.hourbook.server.screenshot;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import net.coobird.thumbnailator.Thumbnails;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.segment.ScreenshotRef;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.server.Config.UploadLimits;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.contract.Visible;
import org.hourbook.server.Refusal;
import org.hourbook.server.ops.Metrics;
import org.hourbook.store.Database;
import org.hourbook.store.blob.Blob;
import org.hourbook.store.blob.BlobStore;

/**
 * Screenshot upload and download. Uploads are checked by signature and header (type, width,
 * height) against byte and pixel limits before anything is decoded, stored as sent (content
 * addressed, so a retry is free), and only when no thumbnail was sent does the server decode the
 * image once to make one.
 */
public final class ScreenshotService {
    static final int THUMB_WIDTH = 320;
    static final int THUMB_HEIGHT = 200;

    private final Database db;
    private final BlobStore blobs;
    private final ContractService contracts;
    private final Metrics metrics;
    private final UploadLimits limits;

    public ScreenshotService(Database db, BlobStore blobs, ContractService contracts, Metrics metrics, UploadLimits limits) {
        this.db = db;
        this.blobs = blobs;
        this.contracts = contracts;
        this.metrics = metrics;
        this.limits = limits;
    }

    public UploadLimits limits() {
        return limits;
    }

    /** Stores the screenshot of a segment; the same image again is a no-op, another one a 409. */
    public ScreenshotRef put(Viewer viewer, long contractId, UUID segmentId, byte[] image, byte[] thumbnail, Instant takenAt) {
        Visible v = contracts.visible(viewer, contractId);
        Segment s = segment(v, segmentId);
        if (!v.access().canUploadTime()) throw Refusal.forbidden("access.screenshot", null, "only the freelancer uploads screenshots");
        // Before any check of the content: on a closed contract every write answers the same.
        if (v.terms().isClosed()) throw Refusal.invalid("contract.closed", null, "This contract is closed; its diary is read-only.");
        if (s.isManual()) {
            throw Refusal.invalid("screenshot.manual_time", "segment", "manual time has no screenshots; only tracked time is captured");
        }
        if (v.terms().screenshotPolicy() == ScreenshotPolicy.NONE) {
            throw Refusal.invalid("screenshot.disabled", null, "this contract takes no screenshots");
        }
        if (image == null) throw Refusal.invalid("screenshot.missing", "image", "send the image");
        ImageHeader header = check(image, "image");
        ImageHeader thumbHeader = thumbnail == null ? null : check(thumbnail, "thumbnail");
        if (thumbHeader != null && (thumbHeader.width() > header.width() || thumbHeader.height() > header.height())) {
            throw Refusal.invalid("screenshot.thumbnail_size", "thumbnail", "the thumbnail is larger than the image");
        }
        // The moment must be inside the tracked part: [slot start + offset, + tracked seconds).
        Instant from = s.start().plusSeconds(db.segments().trackedFromOffset(segmentId));
        Instant until = from.plusSeconds(s.trackedSeconds());
        Instant taken = takenAt == null ? from : takenAt;
        if (taken.isBefore(from) || !taken.isBefore(until)) {
            throw Refusal.invalid("screenshot.taken_at", "takenAt", "takenAt must fall inside the segment's tracked time, "
                    + from + " to " + until + "; got " + taken);
        }
        String sha = sha256(image);
        if (s.screenshot() != null) {
            if (s.screenshot().sha256().equals(sha)) return s.screenshot();
            throw Refusal.conflict("screenshot.conflict", "image", "this segment already has another screenshot");
        }
        try {
            // Made before anything is stored, so an undecodable image leaves no orphan blob behind.
            byte[] thumbBytes = thumbnail != null ? thumbnail : makeThumbnail(image, header);
            String key = blobs.put(image, header.mediaType());
            String thumbKey = blobs.put(thumbBytes, thumbnail != null ? thumbHeader.mediaType() : "image/jpeg");
            ScreenshotRef ref = new ScreenshotRef(key, thumbKey, header.mediaType(), header.width(), header.height(), image.length, taken);
            if (!db.segments().attachScreenshot(segmentId, ref)) throw Refusal.notFound("segment");
            metrics.screenshotIngested();
            return ref;
        } catch (IOException e) {
            throw new UncheckedIOException("blob store failed", e);
        }
    }

    /** The stored image or thumbnail, for anyone who may view the diary. */
    public Optional<Blob> open(Viewer viewer, long contractId, UUID segmentId, boolean thumbnail) {
        Visible v = contracts.visible(viewer, contractId);
        Segment s = segment(v, segmentId);
        if (s.screenshot() == null) return Optional.empty();
        String key = thumbnail ? s.screenshot().thumbSha256() : s.screenshot().sha256();
        if (key == null) return Optional.empty();
        try {
            return blobs.open(key);
        } catch (IOException e) {
            throw new UncheckedIOException("blob store failed", e);
        }
    }

    private Segment segment(Visible v, UUID id) {
        return db.segments().findById(id).filter(s -> s.contractId() == v.id()).orElseThrow(() -> Refusal.notFound("segment"));
    }

    ImageHeader check(byte[] bytes, String field) {
        if (bytes.length > limits.maxBytes()) {
            throw Refusal.tooLarge("screenshot.too_large", field, field + " is larger than " + limits.maxBytes() + " bytes");
        }
        ImageHeader h = ImageHeader.read(bytes).orElseThrow(() ->
                Refusal.invalid("screenshot.type", field, field + " is not a JPEG or PNG image"));
        if (h.pixels() > limits.maxPixels()) {
            throw Refusal.invalid("screenshot.pixels", field, field + " has " + h.width() + "×" + h.height()
                    + " pixels; the limit is " + limits.maxPixels());
        }
        return h;
    }

    /**
     * Decodes only every n-th pixel (ImageIO source subsampling, chosen from the header's size so
     * that at least twice the thumbnail's resolution remains), then scales with thumbnailator: a
     * 40-megapixel upload costs a fraction of a full decode in time and memory.
     */
    static byte[] makeThumbnail(byte[] image, ImageHeader header) throws IOException {
        int step = Math.max(1, Math.min(header.width() / (2 * THUMB_WIDTH), header.height() / (2 * THUMB_HEIGHT)));
        java.awt.image.BufferedImage decoded;
        try (var in = javax.imageio.ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            var readers = javax.imageio.ImageIO.getImageReadersByMIMEType(header.mediaType());
            if (!readers.hasNext()) throw Refusal.invalid("screenshot.type", "image", "cannot read " + header.mediaType());
            var reader = readers.next();
            try {
                reader.setInput(in, true, true);
                var param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                decoded = reader.read(0, param);
            } catch (IOException | RuntimeException e) {
                throw Refusal.invalid("screenshot.corrupt", "image", "the image cannot be decoded; send a thumbnail or a valid image");
            } finally {
                reader.dispose();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thumbnails.of(decoded).size(THUMB_WIDTH, THUMB_HEIGHT)
                .imageType(java.awt.image.BufferedImage.TYPE_INT_RGB).outputFormat("jpg").outputQuality(0.8).toOutputStream(out);
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return BlobStore.hex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
