package org.hourbook.server.auth;

import java.util.List;

/**
 * The sessions page and the API tokens page: what the person sees of their own sign-ins.
 *
 * @param issued a personal token just created, shown this once; {@code null} otherwise
 */
public record SecurityPage(Viewer viewer, List<SessionRow> sessions, List<TokenRow> tokens, Issued issued, String notice,
                           String error) {

    public record SessionRow(String id, String device, String signedIn, String lastSeen, boolean current) {
        public String endHref() {
            return AuthUrls.endSession(id);
        }
    }

    /** @param kind "Personal" or "Device (tracker)" */
    public record TokenRow(long id, String name, String kind, String created, String lastUsed) {
        public String revokeHref() {
            return AuthUrls.revokeToken(id);
        }
    }

    public record Issued(String name, String secret) {}

    public long otherSessions() {
        return sessions.stream().filter(s -> !s.current()).count();
    }

    public String csrf() {
        return viewer.csrfToken();
    }
}
