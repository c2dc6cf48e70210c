package org.hourbook.server.auth;

import org.hourbook.server.openapi.Operation.Param;

/** Addresses of the sign-in, password and security pages, for Java and templates alike. */
public final class AuthUrls {
    public static final String SIGN_IN = "/signin";
    public static final String FORGOT = "/forgot-password";
    /** Set or reset a password: a PASSWORD capability link (mailed, or printed by {@code hourbook admin reset-password}). */
    public static final String PASSWORD = "/password/{token}";
    public static final String SESSIONS = "/profile/sessions";
    public static final String SESSION_END = SESSIONS + "/{sessionId}/end";
    public static final String SESSIONS_END_OTHERS = SESSIONS + "/end-others";
    public static final String TOKENS = "/profile/tokens";
    public static final String TOKEN_REVOKE = TOKENS + "/{tokenId}/revoke";

    public static final Param TOKEN = Param.path("token", "string", "the secret of the link");
    public static final Param SESSION_ID = Param.path("sessionId", "string", "a session of mine, as the sessions page lists it");
    public static final Param TOKEN_ID = Param.path("tokenId", "integer", "an API token of mine");

    private AuthUrls() {}

    public static String password(String secret) {
        return "/password/" + secret;
    }

    public static String endSession(String sessionId) {
        return SESSIONS + "/" + sessionId + "/end";
    }

    public static String revokeToken(long tokenId) {
        return TOKENS + "/" + tokenId + "/revoke";
    }

    /** The sign-in page with the email filled in and a notice key (e.g. after a password was set). */
    public static String signIn(String notice) {
        return SIGN_IN + "?done=" + notice;
    }
}
