package org.hourbook.tracker.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.hourbook.api.contract.ContractView;

/**
 * The one mapper for the API's JSON (the wire records are {@code org.hourbook.api}'s), and the
 * little the tracker reads that has no shared record yet.
 */
public final class Wire {
    private Wire() {}

    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static boolean active(ContractView c) {
        return "ACTIVE".equals(c.status());
    }

    /** Hours as the API writes them (decimal, e.g. 2.83) in whole seconds. */
    public static long seconds(java.math.BigDecimal hours) {
        return hours == null ? 0 : hours.multiply(java.math.BigDecimal.valueOf(3600)).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
    }

    /** {@code GET .../retainer}: the terms in force this cycle and where the cycle stands. */
    public record Retainer(org.hourbook.api.retainer.RetainerSpec terms, org.hourbook.api.retainer.RetainerStatus status) {}

    /** {@code GET .../timesheet?week=}: only what the tracker shows (the server's TimesheetView has more). */
    public record Timesheet(java.time.LocalDate weekStart, String isoWeek, boolean isFinal, Integer weeklyLimitHours, long trackedSeconds,
                            long manualSeconds, long overLimitSeconds, long billableSeconds) {}
}
