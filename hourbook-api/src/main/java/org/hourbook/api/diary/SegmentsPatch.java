package org.hourbook.api.diary;

import java.util.List;
import java.util.UUID;

/** {@code PATCH /api/v1/contracts/{id}/segments}: a new memo and/or activity label for these segments. */
public record SegmentsPatch(List<UUID> ids, String memo, String label) {}
