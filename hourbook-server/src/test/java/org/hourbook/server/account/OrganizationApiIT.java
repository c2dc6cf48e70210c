package org.hourbook.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The members page's work through {@code /api/v1/orgs/{orgId}}, for an agency that onboards people by script. */
@RealServer
class OrganizationApiIT {
    TestServer server;
    Fixtures fx;
    World w;
    Api lead;
    String agency;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(20);
        lead = server.api(w.lead().token());
        agency = "/api/v1/orgs/" + w.agency().id();
    }

    @Test
    void a_member_reads_the_members_and_only_a_lead_sees_the_open_invitations() {
        lead.post(agency + "/invitations", Map.of("email", "nina@example.test", "role", "FREELANCER"));

        var asLead = lead.get(agency).json();
        assertThat(asLead.path("name").asText()).isEqualTo("Pixel & Co");
        assertThat(asLead.path("myRole").asText()).isEqualTo("OWNER");
        assertThat(asLead.path("members").findValuesAsText("email")).contains("lead@pixel.test", "fran@pixel.test", "manager@pixel.test");
        assertThat(asLead.path("invitations").findValuesAsText("email")).containsExactly("nina@example.test");
        assertThat(asLead.path("invitations").get(0).path("link").isNull()).as("the link is shown once, when made").isTrue();

        var asFran = server.api(w.freelancer().token()).get(agency).json();
        assertThat(asFran.path("myRole").asText()).isEqualTo("FREELANCER");
        assertThat(asFran.path("members").size()).isEqualTo(asLead.path("members").size());
        assertThat(asFran.path("invitations").size()).isZero();
    }

    @Test
    void an_invitation_made_by_api_carries_a_working_link_and_a_resend_voids_the_old_one() {
        var made = lead.post(agency + "/invitations", Map.of("email", "nina@example.test", "role", "FREELANCER"));
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.json().path("role").asText()).isEqualTo("FREELANCER");
        assertThat(made.json().path("mailed").asBoolean()).as("no mail configured in this test").isFalse();
        String first = URI.create(made.json().path("link").asText()).getPath();
        assertThat(server.anonymous().get(first).status()).isEqualTo(200);

        var resent = lead.post(agency + "/invitations/" + made.json().path("id").asLong() + "/resend", null);
        assertThat(resent.status()).isEqualTo(200);
        String second = URI.create(resent.json().path("link").asText()).getPath();
        assertThat(server.anonymous().get(first).status()).as("the old link").isEqualTo(410);
        assertThat(server.anonymous().get(second).status()).isEqualTo(200);

        assertThat(lead.delete(agency + "/invitations/" + made.json().path("id").asLong()).status()).isEqualTo(204);
        assertThat(server.anonymous().get(second).status()).as("withdrawn").isEqualTo(410);
    }

    @Test
    void a_role_outside_the_organizations_kind_is_refused_with_the_field_named() {
        var r = lead.post(agency + "/invitations", Map.of("email", "nina@example.test", "role", "CLIENT"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("field").asText()).isEqualTo("role");
        assertThat(lead.get(agency).json().path("invitations").size()).as("nothing was made").isZero();
    }

    @Test
    void roles_change_within_the_rules_and_a_removed_member_loses_the_organization_at_once() {
        var promoted = lead.put(agency + "/members/" + w.otherFreelancer().id() + "/role", Map.of("role", "MANAGER"));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().path("members").toString()).contains("\"email\":\"otto@pixel.test\"");
        var stepDown = lead.put(agency + "/members/" + w.lead().id() + "/role", Map.of("role", "MANAGER"));
        assertThat(stepDown.status()).as("an organization always keeps one owner").isEqualTo(409);

        Api fran = server.api(w.freelancer().token());
        assertThat(fran.get("/api/v1/contracts/" + w.contract().id()).status()).isEqualTo(200);
        assertThat(lead.delete(agency + "/members/" + w.freelancer().id()).status()).isEqualTo(204);
        assertThat(fran.get("/api/v1/contracts/" + w.contract().id()).status()).as("the agency's contract, next request").isIn(401, 404);
        assertThat(lead.get(agency).json().path("members").findValuesAsText("email")).doesNotContain("fran@pixel.test");
    }

    @Test
    void only_an_owner_renames_it() {
        assertThat(server.api(w.manager().token()).patch(agency, Map.of("name", "Pixel Ltd")).status()).isEqualTo(403);
        var renamed = lead.patch(agency, Map.of("name", "Pixel Ltd"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().path("name").asText()).isEqualTo("Pixel Ltd");
        assertThat(lead.patch(agency, Map.of("name", " ")).status()).isEqualTo(422);
    }
}
