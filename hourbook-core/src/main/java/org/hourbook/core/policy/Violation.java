package org.hourbook.core.policy;

/**
 * Why a rule said no: a stable machine code, the field it concerns (or {@code null} for the whole
 * object) and a sentence a person can act on. The server maps it to {@code {code, field, message}}.
 */
public record Violation(String code, String field, String message) {
    public Violation {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("code is required");
        if (message == null || message.isBlank()) throw new IllegalArgumentException("message is required");
    }
}
