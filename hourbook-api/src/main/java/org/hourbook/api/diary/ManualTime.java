package org.hourbook.api.diary;

import java.time.Instant;

/** {@code POST /api/v1/contracts/{id}/manual-time}: [from, to) on the 10-minute UTC grid, with a memo. */
public record ManualTime(Instant from, Instant to, String memo) {}
