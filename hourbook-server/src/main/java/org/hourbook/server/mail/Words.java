package org.hourbook.server.mail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** The few phrases mails share, so that every template says them alike. */
final class Words {
    private Words() {}

    /** "1 hour", "24 hours", "7 days", "30 minutes": how long a link stays valid. */
    static String span(Duration d) {
        if (d.toDays() >= 2 && d.toHours() % 24 == 0) return d.toDays() + " days";
        if (d.toHours() >= 1 && d.toMinutes() % 60 == 0) return d.toHours() == 1 ? "1 hour" : d.toHours() + " hours";
        long minutes = Math.max(1, d.toMinutes());
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    /** Hours with at most one decimal and no trailing zero: "20", "16.5". */
    static String hours(Duration d) {
        return BigDecimal.valueOf(d.toSeconds()).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
