package org.hourbook.store.mail;

/**
 * Where a queued mail stands.
 * <pre>
 * PENDING ──claim──▶ SENDING ──sent──▶ SENT
 *    ▲                  │  └──gave up──▶ FAILED (kept and listed until an operator retries it)
 *    └──retry later─────┘  (or its claim expired: the sender died mid-send)
 * </pre>
 */
public enum MailState {
    PENDING, SENDING, SENT, FAILED
}
