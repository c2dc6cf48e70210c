package org.hourbook.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.hourbook.core.access.ContractAccess.Relation;
import org.hourbook.core.access.ContractAccess.TermField;
import org.hourbook.core.account.Membership;
import org.hourbook.core.account.Role;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.policy.Decision;
import org.junit.jupiter.api.Test;

class ContractAccessTest {
    static final long CLIENT_ORG = 10, AGENCY = 20, OTHER_AGENCY = 21, FREELANCER = 1;
    static final ContractTerms TERMS = new ContractTerms(99, CLIENT_ORG, FREELANCER, AGENCY, "Shop", 5000, "USD", 20, false,
            List.of("Design"), null, 10, ZoneId.of("UTC"), null, null);

    @Test
    void the_freelancer_edits_time_but_no_terms() {
        var a = ContractAccess.of(FREELANCER, List.of(new Membership(AGENCY, FREELANCER, Role.FREELANCER)), TERMS).orElseThrow();
        assertThat(a.canEditTime()).isTrue();
        assertThat(a.canClose()).isFalse();
        assertThat(a.mayChange(List.of(TermField.RATE))).isInstanceOf(Decision.Rejected.class);
        assertThat(a.mayChange(List.of(TermField.WEEKLY_LIMIT))).isInstanceOf(Decision.Rejected.class);
    }

    @Test
    void a_client_member_edits_labels_limit_and_manual_permission_only() {
        var a = ContractAccess.of(5, List.of(new Membership(CLIENT_ORG, 5, Role.CLIENT)), TERMS).orElseThrow();
        assertThat(a.canEditTime()).isFalse();
        assertThat(a.canEditLabels()).isTrue();
        assertThat(a.mayChange(List.of(TermField.WEEKLY_LIMIT, TermField.MANUAL_TIME, TermField.ACTIVITY_LABELS)).isAccepted()).isTrue();
        var rejected = (Decision.Rejected) a.mayChange(List.of(TermField.WEEKLY_LIMIT, TermField.RATE));
        assertThat(rejected.violation().field()).isEqualTo("rateMinor");
        assertThat(a.canClose()).isFalse();
    }

    @Test
    void a_client_owner_may_change_the_rate_and_close() {
        var a = ContractAccess.of(6, List.of(new Membership(CLIENT_ORG, 6, Role.OWNER)), TERMS).orElseThrow();
        assertThat(a.mayChange(List.of(TermField.RATE, TermField.TITLE)).isAccepted()).isTrue();
        assertThat(a.canClose()).isTrue();
        assertThat(a.canEditTime()).isFalse();
    }

    @Test
    void an_agency_manager_sees_the_diary_read_only() {
        var a = ContractAccess.of(7, List.of(new Membership(AGENCY, 7, Role.MANAGER)), TERMS).orElseThrow();
        assertThat(a.is(Relation.AGENCY_LEAD)).isTrue();
        assertThat(a.canViewDiary()).isTrue();
        assertThat(a.canEditTime() || a.canEditLabels() || a.canClose()).isFalse();
    }

    @Test
    void outsiders_see_nothing() {
        assertThat(ContractAccess.of(8, List.of(new Membership(OTHER_AGENCY, 8, Role.OWNER)), TERMS)).isEmpty();
        assertThat(ContractAccess.of(9, List.of(new Membership(AGENCY, 9, Role.FREELANCER)), TERMS)).isEmpty();
        assertThat(ContractAccess.of(9, List.of(new Membership(CLIENT_ORG, 8, Role.OWNER)), TERMS)).isEmpty();
    }

    @Test
    void a_freelancer_removed_from_the_agency_no_longer_sees_its_contracts() {
        assertThat(ContractAccess.of(FREELANCER, List.of(), TERMS)).isEmpty();
        var solo = new ContractTerms(98, CLIENT_ORG, FREELANCER, null, "Solo", 5000, "USD", 20, false, List.of(), null, 10,
                ZoneId.of("UTC"), null, null);
        assertThat(ContractAccess.of(FREELANCER, List.of(), solo).orElseThrow().canEditTime()).isTrue();
    }
}
