package org.hourbook.store.account;

import java.time.Instant;
import org.hourbook.core.account.User;

/**
 * What an operator asks about a person: can they sign in, and when were they last around.
 *
 * @param disabledAt  when an operator disabled the account; {@code null}: it works
 * @param hasPassword {@code false} until the person used their password-setting link
 * @param lastSeenAt  the latest activity of a live session or an API token; {@code null}: none
 */
public record UserStatus(User user, Instant createdAt, Instant disabledAt, boolean hasPassword, Instant lastSeenAt) {
    public boolean disabled() {
        return disabledAt != null;
    }
}
