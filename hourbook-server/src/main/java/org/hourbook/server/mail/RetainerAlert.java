package org.hourbook.server.mail;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A retainer crossed a share of its cap in a cycle; queued once per threshold, cycle and recipient
 * (its dedupe key), however often the crossing is noticed.
 *
 * @param cycleStart the first day of the cycle, in the contract's zone
 * @param threshold  the percentage crossed, e.g. 80 or 100
 * @param link       the contract's page (or the public retainer page)
 */
public record RetainerAlert(String to, long contractId, String contractTitle, LocalDate cycleStart, int threshold,
                            Duration used, Duration cap, String link) implements Message {
    @Override
    public MailKind kind() { return MailKind.RETAINER_ALERT; }

    @Override
    public String subject() {
        return threshold >= 100
                ? contractTitle + ": all " + capHours() + " hours of this cycle are used"
                : contractTitle + ": " + threshold + " % of this cycle's " + capHours() + " hours used";
    }

    @Override
    public String dedupeKey() {
        return "retainer-alert:" + contractId + ":" + cycleStart + ":" + threshold + ":" + to.toLowerCase(Locale.ROOT);
    }

    public String usedHours() { return Words.hours(used); }

    public String capHours() { return Words.hours(cap); }

    /** "6 remain" or "2.5 over". */
    public String remaining() {
        Duration left = cap.minus(used);
        return left.isNegative() ? Words.hours(left.negated()) + " over" : Words.hours(left) + " remain";
    }
}
