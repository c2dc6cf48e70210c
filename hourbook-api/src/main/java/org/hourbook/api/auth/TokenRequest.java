package org.hourbook.api.auth;

/** {@code POST /api/v1/auth/tokens}: email and password for a token; {@code kind} is personal (default) or device. */
public record TokenRequest(String email, String password, String kind, String name) {}
