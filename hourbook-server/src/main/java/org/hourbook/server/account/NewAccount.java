package org.hourbook.server.account;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hourbook.server.Refusal;

/**
 * What a person types to make their account (setup, accepting an invitation), checked here so
 * both say the same: a name, an email (the setup page only: an invitation's is fixed), a
 * password of at least {@value #MIN_PASSWORD} characters, and a time zone.
 */
public record NewAccount(String name, String email, String password, ZoneId zone) {
    static final int MIN_PASSWORD = 10;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    /** Every zone Java knows, sorted; the page's script picks the browser's. */
    public static List<String> zones() {
        return List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));
    }

    private static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    /** Checks and strips the typed values; the refusal names the field at fault. */
    public static NewAccount of(String name, String email, String password, String zone) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) throw Refusal.invalid("account.name", "name", "Enter your name.");
        if (n.length() > 100) throw Refusal.invalid("account.name", "name", "A name is at most 100 characters.");
        String e = email == null ? null : checkedEmail(email, "email");
        if (password == null || password.length() < MIN_PASSWORD) {
            throw Refusal.invalid("account.password", "password", "Choose a password of at least " + MIN_PASSWORD + " characters.");
        }
        if (password.length() > 200) throw Refusal.invalid("account.password", "password", "A password is at most 200 characters.");
        return new NewAccount(n, e, password, zone(zone));
    }

    static String checkedEmail(String email, String field) {
        String e = email.strip();
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            throw Refusal.invalid("account.email", field, "Enter an email address such as name@example.com.");
        }
        return e;
    }

    static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) return ZoneId.of("UTC");
        if (!ZONES.contains(zone.strip())) throw Refusal.invalid("account.zone", "zone", "Choose your time zone from the list.");
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException ex) {
            throw Refusal.invalid("account.zone", "zone", "Choose your time zone from the list.");
        }
    }

    /** An organization's name as typed: 1..100 characters. */
    static String orgName(String name, String field) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) throw Refusal.invalid("org.name", field, "Enter the organization's name.");
        if (n.length() > 100) throw Refusal.invalid("org.name", field, "A name is at most 100 characters.");
        return n;
    }
}
