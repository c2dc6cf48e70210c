package org.hourbook.server.auth;

import java.util.List;
import org.hourbook.core.account.Membership;
import org.hourbook.core.account.User;

/**
 * The signed-in person behind a request.
 *
 * @param method     how they proved it: a browser session cookie (CSRF applies) or a bearer token
 * @param csrfToken  the session's synchronizer token; {@code null} for bearer tokens
 */
public record Viewer(User user, List<Membership> memberships, Method method, String csrfToken) {

    public enum Method { SESSION, BEARER }

    public Viewer {
        memberships = List.copyOf(memberships);
    }

    public long id() {
        return user.id();
    }
}
