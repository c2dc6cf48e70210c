package org.hourbook.api.diary;

import java.util.List;

/** {@code POST /api/v1/contracts/{id}/segments}: up to 500 segments of one contract. */
public record SegmentBatch(List<SegmentUpload> segments) {}
