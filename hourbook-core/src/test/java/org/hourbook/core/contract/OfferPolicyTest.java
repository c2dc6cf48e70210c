package org.hourbook.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.hourbook.core.account.Membership;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.contract.OfferPolicy.Acceptance;
import org.hourbook.core.policy.Decision;
import org.hourbook.core.week.EditWindowPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OfferPolicyTest {
    static final long CLIENT = 10, AGENCY = 20, OTHER_AGENCY = 21;
    static final long ADDRESSEE = 1, MEMBER = 2, CLIENT_OWNER = 3, CLIENT_MEMBER = 4, OUTSIDER = 5;
    static final Organization AGENCY_ORG = new Organization(AGENCY, "Pixel", OrgKind.AGENCY);
    static final List<Membership> AGENCY_MEMBERS = List.of(new Membership(AGENCY, ADDRESSEE, Role.OWNER),
            new Membership(AGENCY, MEMBER, Role.FREELANCER));

    static ContractTerms offer(Long agency, ContractStatus status) {
        return new ContractTerms(9, CLIENT, ADDRESSEE, agency, "Shop", 5000, "USD", 20, false, List.of(), null, 10, ZoneId.of("UTC"),
                status, null);
    }

    static List<Membership> of(long user, long org, Role role) {
        return List.of(new Membership(org, user, role));
    }

    static String code(Decision d) {
        return d instanceof Decision.Rejected r ? r.violation().code() : "accepted";
    }

    @Test
    void the_addressee_accepts_for_themselves() {
        var d = OfferPolicy.mayAccept(ADDRESSEE, List.of(), offer(null, ContractStatus.OFFERED), new Acceptance(null, ADDRESSEE), null, List.of());
        assertThat(d.isAccepted()).isTrue();
    }

    @Test
    void accepted_for_oneself_nobody_else_can_be_the_freelancer() {
        var d = OfferPolicy.mayAccept(ADDRESSEE, List.of(), offer(null, ContractStatus.OFFERED), new Acceptance(null, MEMBER), null, List.of());
        assertThat(code(d)).isEqualTo("offer.freelancer");
    }

    @Test
    void an_agency_owner_accepts_for_the_agency_and_assigns_a_member() {
        var d = OfferPolicy.mayAccept(ADDRESSEE, AGENCY_MEMBERS, offer(null, ContractStatus.OFFERED), new Acceptance(AGENCY, MEMBER),
                AGENCY_ORG, AGENCY_MEMBERS);
        assertThat(d.isAccepted()).isTrue();
    }

    @Test
    void only_a_member_of_the_agency_can_be_assigned() {
        var d = OfferPolicy.mayAccept(ADDRESSEE, AGENCY_MEMBERS, offer(null, ContractStatus.OFFERED), new Acceptance(AGENCY, OUTSIDER),
                AGENCY_ORG, AGENCY_MEMBERS);
        assertThat(code(d)).isEqualTo("offer.freelancer");
    }

    @Test
    void a_plain_member_cannot_accept_for_the_agency() {
        var mine = of(ADDRESSEE, AGENCY, Role.FREELANCER);
        var d = OfferPolicy.mayAccept(ADDRESSEE, mine, offer(null, ContractStatus.OFFERED), new Acceptance(AGENCY, ADDRESSEE), AGENCY_ORG, mine);
        assertThat(code(d)).isEqualTo("offer.agency");
    }

    @Test
    void an_offer_through_an_agency_is_answered_by_its_leads_and_stays_with_it() {
        var terms = offer(AGENCY, ContractStatus.OFFERED);
        var lead = of(7, AGENCY, Role.MANAGER);
        assertThat(OfferPolicy.mayAnswer(7, lead, terms)).isTrue();
        assertThat(OfferPolicy.mayAccept(7, lead, terms, new Acceptance(AGENCY, ADDRESSEE), AGENCY_ORG, AGENCY_MEMBERS).isAccepted()).isTrue();
        assertThat(code(OfferPolicy.mayAccept(ADDRESSEE, AGENCY_MEMBERS, terms, new Acceptance(null, ADDRESSEE), null, List.of())))
                .isEqualTo("offer.agency");
        assertThat(code(OfferPolicy.mayAccept(ADDRESSEE, AGENCY_MEMBERS, terms, new Acceptance(OTHER_AGENCY, ADDRESSEE),
                new Organization(OTHER_AGENCY, "Else", OrgKind.AGENCY), List.of()))).isEqualTo("offer.agency");
    }

    @Test
    void the_freelancer_an_agency_offer_names_takes_it_on_but_assigns_nobody_else() {
        var terms = offer(AGENCY, ContractStatus.OFFERED);
        var mine = of(ADDRESSEE, AGENCY, Role.FREELANCER);
        var members = List.of(new Membership(AGENCY, ADDRESSEE, Role.FREELANCER), new Membership(AGENCY, MEMBER, Role.FREELANCER));
        assertThat(OfferPolicy.mayAccept(ADDRESSEE, mine, terms, new Acceptance(AGENCY, ADDRESSEE), AGENCY_ORG, members).isAccepted()).isTrue();
        assertThat(code(OfferPolicy.mayAccept(ADDRESSEE, mine, terms, new Acceptance(AGENCY, MEMBER), AGENCY_ORG, members)))
                .isEqualTo("offer.agency");
    }

    @Test
    void nobody_else_answers_an_offer() {
        var terms = offer(null, ContractStatus.OFFERED);
        assertThat(OfferPolicy.mayAnswer(CLIENT_OWNER, of(CLIENT_OWNER, CLIENT, Role.OWNER), terms)).isFalse();
        assertThat(code(OfferPolicy.mayDecline(OUTSIDER, List.of(), terms))).isEqualTo("offer.not_yours");
    }

    @Test
    void the_client_owner_or_manager_withdraws_a_pending_offer_and_a_plain_member_cannot() {
        var terms = offer(null, ContractStatus.OFFERED);
        assertThat(OfferPolicy.mayWithdraw(CLIENT_OWNER, of(CLIENT_OWNER, CLIENT, Role.OWNER), terms).isAccepted()).isTrue();
        assertThat(OfferPolicy.mayWithdraw(8, of(8, CLIENT, Role.MANAGER), terms).isAccepted()).isTrue();
        assertThat(code(OfferPolicy.mayWithdraw(CLIENT_MEMBER, of(CLIENT_MEMBER, CLIENT, Role.CLIENT), terms))).isEqualTo("offer.withdraw");
    }

    @ParameterizedTest(name = "an offer already {0} cannot be answered or withdrawn")
    @EnumSource(value = ContractStatus.class, names = {"ACTIVE", "DECLINED", "WITHDRAWN", "CLOSED"})
    void an_answered_offer_is_final(ContractStatus status) {
        var terms = offer(null, status);
        assertThat(code(OfferPolicy.mayDecline(ADDRESSEE, List.of(), terms))).isEqualTo("offer.answered");
        assertThat(code(OfferPolicy.mayWithdraw(CLIENT_OWNER, of(CLIENT_OWNER, CLIENT, Role.OWNER), terms))).isEqualTo("offer.answered");
    }

    @ParameterizedTest(name = "no time on a contract that is {0}")
    @EnumSource(value = ContractStatus.class, names = {"OFFERED", "DECLINED", "WITHDRAWN"})
    void no_time_is_recorded_until_the_offer_is_accepted(ContractStatus status) {
        var now = java.time.Instant.parse("2026-11-18T15:00:00Z");
        assertThat(code(OfferPolicy.timeAllowed(status))).isEqualTo("contract." + status.name().toLowerCase());
        assertThat(code(EditWindowPolicy.check(now.minusSeconds(3600), now, status))).isEqualTo("contract." + status.name().toLowerCase());
        var manual = offer(null, status);
        assertThat(code(org.hourbook.core.segment.ManualTimePolicy.check(manual, now.minusSeconds(1800).truncatedTo(java.time.temporal.ChronoUnit.HOURS),
                now.truncatedTo(java.time.temporal.ChronoUnit.HOURS), now))).isEqualTo("contract." + status.name().toLowerCase());
        assertThat(OfferPolicy.timeAllowed(ContractStatus.ACTIVE).isAccepted()).isTrue();
    }
}
