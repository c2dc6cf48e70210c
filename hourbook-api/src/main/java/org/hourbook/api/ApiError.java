package org.hourbook.api;

/**
 * Every error answer of the API: a stable machine {@code code} (e.g. {@code segment.overlap}),
 * the {@code field} at fault (a JSON path such as {@code segments[0].memo} or a parameter name;
 * {@code null} when no one field is), and a {@code message} for a person.
 */
public record ApiError(String code, String field, String message) {}
