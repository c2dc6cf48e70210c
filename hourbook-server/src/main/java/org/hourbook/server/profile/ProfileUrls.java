package org.hourbook.server.profile;

import org.hourbook.server.openapi.Operation.Param;

/** Addresses of the profile page and the email confirmation link. */
public final class ProfileUrls {
    public static final String PROFILE = "/profile";
    public static final String PASSWORD = PROFILE + "/password";
    public static final String EMAIL = PROFILE + "/email";
    /** Confirms a new email address: an EMAIL_CHANGE capability link mailed to that address. */
    public static final String CONFIRM_EMAIL = "/email/{token}";

    public static final Param TOKEN = Param.path("token", "string", "the secret of the link");

    private ProfileUrls() {}

    public static String confirmEmail(String secret) {
        return "/email/" + secret;
    }

    /** The profile page with a notice key, e.g. {@code saved}. */
    public static String profile(String notice) {
        return PROFILE + "?done=" + notice;
    }
}
