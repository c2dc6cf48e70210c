package org.hourbook.server.contract;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.web.Fmt;

/**
 * A contract's offer page: the terms offered, where the offer stands, and what the viewer may do
 * (accept for themselves or for an agency they lead, decline; or, for the client, withdraw and
 * re-send). {@code made} is an offer just made or re-sent, whose link is shown this once.
 */
public record OfferPage(Viewer viewer, OfferService.View view, String notice, OfferService.Made made, String error) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** One way to accept for an agency: its members, {id, name}. */
    public record Agency(long id, String name, List<String[]> members) {}

    public ContractTerms terms() {
        return view.contract().terms();
    }

    public long contractId() {
        return terms().id();
    }

    public String status() {
        return view.offer().state() == ContractStatus.ACTIVE && terms().status() != ContractStatus.OFFERED
                ? terms().status().name().toLowerCase(Locale.ROOT) : view.offer().state().name().toLowerCase(Locale.ROOT);
    }

    public boolean pending() {
        return terms().status() == ContractStatus.OFFERED;
    }

    public boolean accepted() {
        return view.offer().state() == ContractStatus.ACTIVE;
    }

    /** Where the offer stands, in a sentence. */
    public String state() {
        var o = view.offer();
        String when = o.answeredAt() == null ? "" : " on " + when(o.answeredAt());
        return switch (o.state()) {
            case OFFERED -> "Waiting for " + o.toEmail() + " to accept or decline it. No time can be recorded until it is accepted.";
            case DECLINED -> "Declined by " + view.answeredBy() + when + ".";
            case WITHDRAWN -> "Withdrawn by " + view.answeredBy() + when + ".";
            default -> "Accepted by " + view.answeredBy() + when + ": " + view.parties().line() + ".";
        };
    }

    public String offeredLine() {
        var o = view.offer();
        return "Offered by " + view.offeredBy() + " to " + o.toEmail() + " on " + when(o.offeredAt()) + ".";
    }

    public String rate() {
        return Fmt.money(terms().rateMinor(), terms().currency()) + " / h";
    }

    public String limit() {
        return terms().weeklyLimitHours() == null ? "No limit" : terms().weeklyLimitHours() + " h per week";
    }

    public String labels() {
        return terms().activityLabels().isEmpty() ? "None" : String.join(", ", terms().activityLabels());
    }

    /** The addressee may accept for themselves unless the offer was made through an agency. */
    public boolean maySelf() {
        return view.mayAnswer() && terms().agencyOrgId() == null && terms().freelancerId() == viewer.id();
    }

    public List<Agency> agencies() {
        return view.agencies().stream().map(a -> new Agency(a.agency().id(), a.agency().name(),
                a.members().stream().map(u -> new String[] {Long.toString(u.id()), u.name()}).toList())).toList();
    }

    /** The member picked first in an agency's list: the offer's addressee when they are one, else the viewer. */
    public boolean preselected(String userId) {
        long wanted = terms().agencyOrgId() != null ? terms().freelancerId() : viewer.id();
        return Long.toString(wanted).equals(userId);
    }

    public String noticeText() {
        if (notice == null || made != null) return null;
        return switch (notice) {
            case "offered" -> "Offer sent. " + view.offer().toEmail() + " sees it in their contracts"
                    + (view.offer().toEmail().isEmpty() ? "" : " and got it by mail, when mail is set up") + ".";
            case "accepted" -> "You accepted the offer. Time can be recorded on it now.";
            case "declined" -> "You declined the offer.";
            case "withdrawn" -> "The offer was withdrawn.";
            default -> null;
        };
    }

    private String when(Instant at) {
        ZoneId zone = viewer.zone();
        return WHEN.format(at.atZone(zone));
    }
}
