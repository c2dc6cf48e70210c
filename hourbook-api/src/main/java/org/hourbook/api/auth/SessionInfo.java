package org.hourbook.api.auth;

/** A started session: who is signed in, and the token to send as {@code X-CSRF-Token} on changes. */
public record SessionInfo(Me me, String csrfToken) {}
