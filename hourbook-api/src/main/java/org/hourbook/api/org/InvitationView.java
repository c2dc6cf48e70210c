package org.hourbook.api.org;

import java.time.Instant;

/**
 * An invitation as the API shows it. {@code link} is there only in the answer that made it (the
 * invitation or a re-send): the server keeps its hash, never the link.
 *
 * @param companyName for an invitation to set up another company here (its contact becomes its owner), else {@code null}
 * @param companyKind that company's kind, else {@code null}
 * @param contractId  the offer it leads to, or {@code null}
 * @param mailed      whether it was emailed (mail is configured); otherwise send the link yourself
 */
public record InvitationView(long id, String email, String role, String companyName, String companyKind, Long contractId,
                             Instant createdAt, Instant expiresAt, boolean expired, String link, Boolean mailed) {}
