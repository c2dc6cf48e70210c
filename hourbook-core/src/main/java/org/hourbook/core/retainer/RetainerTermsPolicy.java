package org.hourbook.core.retainer;

import org.hourbook.core.policy.Decision;

/**
 * What a person may enter as retainer terms, checked at the edge before the values are built:
 * a cap above zero in whole minutes and within reason, a day of month 1..31, 1..52 weeks, a
 * rollover maximum of zero or more whole minutes.
 */
public final class RetainerTermsPolicy {
    /** 10,000 h per cycle: an agency team's year, far beyond any real cycle, well inside a long. */
    public static final long MAX_CAP_SECONDS = 10_000L * 3600;

    private RetainerTermsPolicy() {}

    public static Decision check(RetainerTerms terms) {
        return checkCap(terms.capSeconds()).and(() -> switch (terms.rollover()) {
            case Rollover.None none -> Decision.accepted();
            case Rollover.Carry carry -> carry.maxSeconds() == null ? Decision.accepted() : checkRolloverMax(carry.maxSeconds());
        });
    }

    public static Decision checkCap(long capSeconds) {
        if (capSeconds <= 0) return Decision.rejected("retainer.cap", "capHours", "The cap must be more than 0 hours.");
        if (capSeconds > MAX_CAP_SECONDS) {
            return Decision.rejected("retainer.cap", "capHours", "The cap can be at most " + MAX_CAP_SECONDS / 3600 + " hours per cycle.");
        }
        return capSeconds % 60 == 0 ? Decision.accepted()
                : Decision.rejected("retainer.cap", "capHours", "The cap is set in whole minutes (12.5 h is fine, 12.51 h is not).");
    }

    public static Decision checkRolloverMax(long maxSeconds) {
        if (maxSeconds < 0) return Decision.rejected("retainer.rollover_max", "rolloverMaxHours", "The rollover maximum cannot be negative.");
        if (maxSeconds > MAX_CAP_SECONDS) {
            return Decision.rejected("retainer.rollover_max", "rolloverMaxHours", "The rollover maximum can be at most " + MAX_CAP_SECONDS / 3600 + " hours.");
        }
        return maxSeconds % 60 == 0 ? Decision.accepted()
                : Decision.rejected("retainer.rollover_max", "rolloverMaxHours", "The rollover maximum is set in whole minutes.");
    }

    public static Decision checkMonthlyDay(int day) {
        return day >= 1 && day <= 31 ? Decision.accepted()
                : Decision.rejected("retainer.cycle_day", "cycleDay", "The cycle day must be 1 to 31 (31 means the last day of every month).");
    }

    public static Decision checkEveryWeeks(int weeks) {
        return weeks >= 1 && weeks <= CycleRule.EveryNWeeks.MAX_WEEKS ? Decision.accepted()
                : Decision.rejected("retainer.cycle_weeks", "cycleWeeks", "A cycle is 1 to " + CycleRule.EveryNWeeks.MAX_WEEKS + " weeks long.");
    }
}
