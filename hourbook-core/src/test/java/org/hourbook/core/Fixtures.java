package org.hourbook.core;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.ScreenshotRef;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.Source;

/** Test values named for what they mean. */
public final class Fixtures {
    public static final long CONTRACT = 7;
    public static final long FREELANCER = 3;
    public static final MinuteActivity TYPING = new MinuteActivity(40, 2, 0, 15);

    private Fixtures() {}

    public static Instant at(String isoInstant) {
        return Instant.parse(isoInstant);
    }

    public static ScreenshotRef screenshot(Instant takenAt) {
        return new ScreenshotRef("a".repeat(64), "b".repeat(64), "image/jpeg", 1920, 1080, 200_000, takenAt);
    }

    /** A full, active, documented tracked segment: protected time. */
    public static Segment tracked(Instant start) {
        return tracked(start, 600);
    }

    public static Segment tracked(Instant start, int trackedSeconds) {
        int minutes = (trackedSeconds + 59) / 60;
        return new Segment(UUID.randomUUID(), CONTRACT, FREELANCER, start, trackedSeconds,
                Collections.nCopies(minutes, TYPING), "Checkout page: card form validation", "Development",
                Source.TRACKED, screenshot(start.plusSeconds(trackedSeconds / 2)));
    }

    public static Segment trackedWith(Instant start, List<MinuteActivity> minutes) {
        return new Segment(UUID.randomUUID(), CONTRACT, FREELANCER, start, 600, minutes, "Work", null,
                Source.TRACKED, screenshot(start));
    }

    public static Segment manual(Instant start) {
        return new Segment(UUID.randomUUID(), CONTRACT, FREELANCER, start, 600, List.of(), "Client call", null, Source.MANUAL, null);
    }

    public static Segment onContract(Segment s, long contractId) {
        return new Segment(s.id(), contractId, s.freelancerId(), s.start(), s.trackedSeconds(), s.minutes(), s.memo(), s.label(), s.source(), s.screenshot());
    }

    public static ContractTerms hourlyContract() {
        return contract(null, true, ContractStatus.ACTIVE, BillingRounding.SEGMENT);
    }

    public static ContractTerms hourlyContractWithLimit(Integer limitHours) {
        return contract(limitHours, true, ContractStatus.ACTIVE, BillingRounding.SEGMENT);
    }

    public static ContractTerms contract(Integer limitHours, boolean manualAllowed, ContractStatus status, BillingRounding rounding) {
        return new ContractTerms(CONTRACT, 10, FREELANCER, null, "Shop redesign", 4500, "USD", limitHours, manualAllowed,
                List.of("Development", "Design"), null, 10, ZoneId.of("UTC"), status, rounding);
    }

    public static ContractTerms withRate(ContractTerms t, long rateMinor, String currency) {
        return new ContractTerms(t.id(), t.clientOrgId(), t.freelancerId(), t.agencyOrgId(), t.title(), rateMinor, currency,
                t.weeklyLimitHours(), t.manualTimeAllowed(), t.activityLabels(), t.screenshotPolicy(), t.idleMinutes(), t.zone(),
                t.status(), t.rounding());
    }
}
