package org.hourbook.api.diary;

import java.util.List;

/**
 * The answer to a batch upload: one result per item, in order; when some item was not stored,
 * {@code code}/{@code field}/{@code message} repeat the first failure (and the status is 409 or 422).
 */
public record BatchResult(String code, String field, String message, List<UploadResult> results) {}
