package org.hourbook.api.auth;

/** {@code POST /api/v1/auth/session}: sign in with a browser-style session cookie. */
public record SessionRequest(String email, String password) {}
