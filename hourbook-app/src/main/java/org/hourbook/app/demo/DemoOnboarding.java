package org.hourbook.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hourbook.core.account.Role;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.store.Repositories;
import org.hourbook.store.account.InvitationRepository;
import org.hourbook.store.audit.AuditEntry;

/**
 * What a team in its first weeks also has waiting: Brightlane's invitation of a new freelancer
 * that nobody accepted yet (its members page offers to re-send it, which makes a working link),
 * and Fernhill's offer of a new contract to Brightlane's owner, who may accept it for the agency
 * and assign one of its freelancers. (Aarav's two memberships, the agency and his own workspace,
 * show the header's organization menu.)
 */
final class DemoOnboarding {
    static final String INVITED = "noah@brightlane.example";
    static final String OFFER_TITLE = "Accessibility review of the patient app";

    private DemoOnboarding() {}

    static void add(Repositories tx, Map<String, Long> userIds, Map<String, Long> orgIds, Instant now) {
        long brightlane = orgIds.get("brightlane");
        tx.invitations().create(new InvitationRepository.New(brightlane, INVITED, Role.FREELANCER, null, null, null, userIds.get("maya")),
                now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(5)));

        long rosa = userIds.get("rosa");
        Instant offered = now.minus(Duration.ofDays(1));
        ContractTerms offer = tx.contracts().create(new ContractTerms(0, orgIds.get("fernhill"), userIds.get("maya"), null, OFFER_TITLE,
                4_800, "USD", 12, false, List.of("Audit", "Fixes"), ScreenshotPolicy.NORMAL, 10, ZoneId.of("America/Chicago"),
                ContractStatus.OFFERED, BillingRounding.SEGMENT));
        tx.offers().create(offer.id(), "maya@brightlane.example", rosa, offered);
        tx.audit().append(new AuditEntry(0, offer.id(), rosa, offered, "offer.make", "contract", Long.toString(offer.id()), null,
                "{\"offeredTo\":\"maya@brightlane.example\",\"title\":\"" + OFFER_TITLE + "\",\"rateMinor\":4800,\"currency\":\"USD\","
                        + "\"weeklyLimitHours\":12}"));
    }
}
