package org.hourbook.server.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.server.Refusal;

/** Parses and checks the value of each contract term, naming the field on a 422. */
final class TermValues {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private TermValues() {}

    static String title(String v) {
        if (v == null || v.isBlank()) throw Refusal.invalid("contract.title", "title", "a title is required");
        if (v.length() > 200) throw Refusal.invalid("contract.title", "title", "title is at most 200 characters");
        return v.strip();
    }

    static long rate(Long v) {
        if (v == null || v < 0 || v > 100_000_000L) {
            throw Refusal.invalid("contract.rate", "rateMinor", "rateMinor is the hourly rate in minor units, 0..100000000");
        }
        return v;
    }

    static String currency(String v) {
        if (v == null || !CURRENCY.matcher(v).matches()) {
            throw Refusal.invalid("contract.currency", "currency", "currency is a 3-letter ISO code such as USD");
        }
        return v;
    }

    static Integer limit(Integer v) {
        if (v != null && (v < 1 || v > 168)) {
            throw Refusal.invalid("contract.limit", "weeklyLimitHours", "weeklyLimitHours is 1..168, or null for no limit");
        }
        return v;
    }

    static List<String> labels(List<String> v) {
        if (v == null) return List.of();
        if (v.size() > 50) throw Refusal.invalid("contract.labels", "activityLabels", "at most 50 activity labels");
        List<String> out = new ArrayList<>();
        for (String s : v) {
            if (s == null || s.isBlank() || s.length() > 60) {
                throw Refusal.invalid("contract.labels", "activityLabels", "each label is 1..60 characters");
            }
            if (!out.contains(s.strip())) out.add(s.strip());
        }
        return out;
    }

    static int idle(Integer v) {
        if (v == null) return 10;
        if (v < 1 || v > 60) throw Refusal.invalid("contract.idle", "idleMinutes", "idleMinutes is 1..60");
        return v;
    }

    static ZoneId zone(String v) {
        if (v == null || v.isBlank()) return ZoneId.of("UTC");
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw Refusal.invalid("contract.zone", "zone", "unknown time zone: " + v);
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String v, String field, E fallback) {
        if (v == null || v.isBlank()) return fallback;
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("contract." + field, field, field + " is not one of " + List.of(type.getEnumConstants()));
        }
    }

    static ScreenshotPolicy screenshotPolicy(String v) {
        return enumValue(ScreenshotPolicy.class, v, "screenshotPolicy", ScreenshotPolicy.NORMAL);
    }

    static BillingRounding rounding(String v) {
        return enumValue(BillingRounding.class, v, "rounding", BillingRounding.SEGMENT);
    }

    static ContractStatus status(String v) {
        ContractStatus s = enumValue(ContractStatus.class, v, "status", null);
        if (s == null || s == ContractStatus.CLOSED) {
            throw Refusal.invalid("contract.status", "status", "status is ACTIVE or PAUSED; close with POST .../close");
        }
        return s;
    }

    /** JSON helpers that reject the wrong JSON type instead of coercing it. */
    static String text(JsonNode n, String field) {
        if (n.isNull()) return null;
        if (!n.isTextual()) throw Refusal.invalid("validation", field, field + " must be a string");
        return n.asText();
    }

    static Long number(JsonNode n, String field) {
        if (n.isNull()) return null;
        if (!n.isIntegralNumber()) throw Refusal.invalid("validation", field, field + " must be an integer");
        return n.asLong();
    }

    static boolean bool(JsonNode n, String field) {
        if (!n.isBoolean()) throw Refusal.invalid("validation", field, field + " must be true or false");
        return n.asBoolean();
    }

    static List<String> strings(JsonNode n, String field) {
        if (n.isNull()) return List.of();
        if (!n.isArray()) throw Refusal.invalid("validation", field, field + " must be an array of strings");
        List<String> out = new ArrayList<>();
        n.forEach(e -> out.add(text(e, field)));
        return out;
    }
}
