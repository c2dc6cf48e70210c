package org.hourbook.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.hourbook.core.policy.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MembershipPolicyTest {
    static String code(Decision d) {
        return d instanceof Decision.Rejected r ? r.violation().code() : "accepted";
    }

    @ParameterizedTest(name = "a {0} of {1} inviting a {2}: {3}")
    @CsvSource(textBlock = """
            # inviter,   kind,       role,       outcome
            OWNER,       AGENCY,     FREELANCER, accepted
            MANAGER,     AGENCY,     MANAGER,    accepted
            OWNER,       AGENCY,     CLIENT,     org.role
            OWNER,       AGENCY,     OWNER,      org.role
            FREELANCER,  AGENCY,     FREELANCER, org.not_lead
            OWNER,       CLIENT,     CLIENT,     accepted
            MANAGER,     CLIENT,     MANAGER,    accepted
            OWNER,       CLIENT,     FREELANCER, org.role
            CLIENT,      CLIENT,     CLIENT,     org.not_lead
            OWNER,       FREELANCER, MANAGER,    org.solo
            """)
    void who_invites_whom(Role inviter, OrgKind kind, Role role, String outcome) {
        assertThat(code(MembershipPolicy.mayInvite(inviter, kind, role))).isEqualTo(outcome);
    }

    @Test
    void companies_invite_the_other_side_of_their_contracts() {
        assertThat(MembershipPolicy.mayInviteCompany(Role.OWNER, OrgKind.AGENCY, OrgKind.CLIENT).isAccepted()).isTrue();
        assertThat(MembershipPolicy.mayInviteCompany(Role.MANAGER, OrgKind.FREELANCER, OrgKind.CLIENT).isAccepted()).isTrue();
        assertThat(MembershipPolicy.mayInviteCompany(Role.OWNER, OrgKind.CLIENT, OrgKind.AGENCY).isAccepted()).isTrue();
        assertThat(code(MembershipPolicy.mayInviteCompany(Role.OWNER, OrgKind.AGENCY, OrgKind.AGENCY))).isEqualTo("org.company_kind");
        assertThat(code(MembershipPolicy.mayInviteCompany(Role.FREELANCER, OrgKind.AGENCY, OrgKind.CLIENT))).isEqualTo("org.not_lead");
    }

    @ParameterizedTest(name = "a {0} changing a {1} to {2} (owners: {3}): {4}")
    @CsvSource(textBlock = """
            # actor,     from,       to,         owners, outcome
            OWNER,       FREELANCER, MANAGER,    1,      accepted
            MANAGER,     FREELANCER, MANAGER,    1,      accepted
            MANAGER,     FREELANCER, OWNER,      1,      org.owner_only
            MANAGER,     OWNER,      MANAGER,    2,      org.owner_only
            OWNER,       FREELANCER, OWNER,      1,      accepted
            OWNER,       OWNER,      MANAGER,    1,      org.last_owner
            OWNER,       OWNER,      MANAGER,    2,      accepted
            OWNER,       MANAGER,    CLIENT,     1,      org.role
            FREELANCER,  FREELANCER, MANAGER,    1,      org.not_lead
            """)
    void role_changes_in_an_agency(Role actor, Role from, Role to, long owners, String outcome) {
        assertThat(code(MembershipPolicy.mayChangeRole(actor, from, to, OrgKind.AGENCY, owners))).isEqualTo(outcome);
    }

    @Test
    void an_organization_always_keeps_one_owner() {
        assertThat(code(MembershipPolicy.mayRemove(Role.OWNER, Role.OWNER, 1))).isEqualTo("org.last_owner");
        assertThat(MembershipPolicy.mayRemove(Role.OWNER, Role.OWNER, 2).isAccepted()).isTrue();
        assertThat(code(MembershipPolicy.mayRemove(Role.MANAGER, Role.OWNER, 2))).isEqualTo("org.owner_only");
        assertThat(MembershipPolicy.mayRemove(Role.MANAGER, Role.FREELANCER, 1).isAccepted()).isTrue();
        assertThat(code(MembershipPolicy.mayRemove(Role.CLIENT, Role.CLIENT, 1))).isEqualTo("org.not_lead");
    }

    @Test
    void only_an_owner_renames() {
        assertThat(MembershipPolicy.mayRename(Role.OWNER).isAccepted()).isTrue();
        assertThat(code(MembershipPolicy.mayRename(Role.MANAGER))).isEqualTo("org.owner_only");
    }
}
