package org.hourbook.server.profile;

import org.hourbook.server.auth.Viewer;

/** The page of an email link: which address it confirms, and the button that does it. */
public record ConfirmEmailPage(Viewer viewer, String csrf, String token, String email, String error) {
    public String action() {
        return ProfileUrls.confirmEmail(token);
    }
}
