package org.hourbook.server.auth;

import org.hourbook.core.policy.Decision;

/**
 * What a new password must be, wherever one is chosen (profile, a password link, setup): at
 * least {@value #MIN_LENGTH} characters — length is what makes a password hard to guess, so
 * there are no rules about digits or symbols (NIST SP 800-63B) —, at most {@value #MAX_LENGTH}
 * (a hash of a megabyte is work for nothing), and not the email address.
 */
public final class PasswordRule {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 500;

    private PasswordRule() {}

    public static Decision check(String password, String email) {
        if (password == null || password.isEmpty()) return Decision.rejected("password.missing", "password", "choose a password");
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Decision.rejected("password.too_short", "password", "use at least " + MIN_LENGTH + " characters; a few words make a good one");
        }
        if (length > MAX_LENGTH) return Decision.rejected("password.too_long", "password", "use at most " + MAX_LENGTH + " characters");
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            return Decision.rejected("password.is_email", "password", "your email address is no password; choose something else");
        }
        return Decision.accepted();
    }
}
