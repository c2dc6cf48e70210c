package org.hourbook.store.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.User;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.Source;
import org.hourbook.store.Database;

/** Small builders named for intent, over a real database. */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    /** Monday 2026-03-02 09:00 UTC, on the grid. */
    public static final Instant SLOT = Instant.parse("2026-03-02T09:00:00Z");

    private Fixtures() {}

    public static User freelancer(Database db, String email) {
        return db.accounts().createUser(email, "Free " + email, ZoneId.of("Europe/Berlin"), null, NOW);
    }

    public static ContractTerms hourlyContract(Database db, long freelancerId) {
        long client = db.accounts().createOrganization("Client Co", OrgKind.CLIENT, NOW).id();
        return db.contracts().create(terms(client, freelancerId, null));
    }

    public static ContractTerms terms(long clientOrgId, long freelancerId, Long agencyOrgId) {
        return new ContractTerms(0, clientOrgId, freelancerId, agencyOrgId, "Website rebuild", 4_500, "EUR", 20, true,
                List.of("Design", "Build"), ScreenshotPolicy.NORMAL, 10, ZoneId.of("America/New_York"), ContractStatus.ACTIVE,
                BillingRounding.SEGMENT);
    }

    public static Segment tracked(ContractTerms contract, Instant start, String memo) {
        return new Segment(UUID.randomUUID(), contract.id(), contract.freelancerId(), start, 600,
                List.of(new MinuteActivity(10, 2, 0, 30), MinuteActivity.NONE, new MinuteActivity(1, 1, 1, 1)),
                memo, "Build", Source.TRACKED, null);
    }

    public static Segment slot(ContractTerms contract, int slotsAfterFirst) {
        return tracked(contract, SLOT.plusSeconds(600L * slotsAfterFirst), "work " + slotsAfterFirst);
    }
}
