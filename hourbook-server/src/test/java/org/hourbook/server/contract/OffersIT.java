package org.hourbook.server.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;
import org.hourbook.server.account.AccountUrls;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.server.testing.WebClient;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Contract offers through the API: made, refused time until accepted, accepted solo or by an agency, declined, withdrawn. */
@RealServer
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class OffersIT {
    static final Instant MONDAY_NINE = Instant.parse("2026-11-16T09:00:00Z");

    @Parameter
    Backend backend;

    TestServer server;
    Fixtures fx;
    World w;
    Api clientOwner;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(20);
        clientOwner = server.api(w.clientOwner().token());
    }

    Map<String, Object> offerTo(String email, Long agencyOrgId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clientOrgId", w.clientOrg().id());
        m.put("freelancerEmail", email);
        m.put("agencyOrgId", agencyOrgId);
        m.put("title", "Mobile app");
        m.put("rateMinor", 6000);
        m.put("currency", "USD");
        m.put("weeklyLimitHours", 10);
        m.put("manualTimeAllowed", true);
        return m;
    }

    long offer(String email, Long agencyOrgId) {
        var r = clientOwner.post("/api/v1/contracts", offerTo(email, agencyOrgId));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().path("status").asText()).isEqualTo("OFFERED");
        assertThat(r.json().path("rights").path("editTime").asBoolean()).isFalse();
        return r.json().path("id").asLong();
    }

    static String base(long id) {
        return "/api/v1/contracts/" + id;
    }

    Api.Response upload(Api as, long id) {
        return as.post(base(id) + "/segments", Map.of("segments", List.of(Fixtures.segment(UUID.randomUUID(), MONDAY_NINE, 600, "work"))));
    }

    List<String> auditActions(long id) {
        List<String> actions = new ArrayList<>();
        clientOwner.get(base(id) + "/audit").json().path("entries").forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }

    @Test
    void no_time_is_recorded_on_an_offer_until_the_freelancer_accepts_it() {
        var solo = fx.person("sol@solo.test", "Sol Solo", "UTC", null, null);
        long id = offer(solo.email(), null);
        var sol = server.api(solo.token());
        assertThat(sol.get(base(id) + "/offer").json().path("state").asText()).isEqualTo("OFFERED");

        var refused = upload(sol, id);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("contract.offered", "not been accepted yet");
        var manual = sol.post(base(id) + "/manual-time", Map.of("from", MONDAY_NINE.toString(), "to", MONDAY_NINE.plusSeconds(600).toString(),
                "memo", "call"));
        assertThat(manual.code()).isEqualTo("contract.offered");

        var accepted = sol.post(base(id) + "/offer/accept", null);
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
        assertThat(accepted.json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(upload(sol, id).status()).isEqualTo(200);
        assertThat(sol.get(base(id) + "/offer").json().path("answeredBy").asLong()).isEqualTo(solo.id());
        assertThat(auditActions(id)).contains("offer.make", "offer.accept", "segment.create");
    }

    @Test
    void an_agency_owner_accepts_for_the_agency_and_assigns_a_member_freelancer() {
        long id = offer(w.lead().email(), null);
        var lead = server.api(w.lead().token());

        var assigned = lead.post(base(id) + "/offer/accept", Map.of("agencyOrgId", w.agency().id(), "freelancerId", w.freelancer().id()));

        assertThat(assigned.status()).as("%s", assigned).isEqualTo(200);
        assertThat(assigned.json().path("freelancerId").asLong()).isEqualTo(w.freelancer().id());
        assertThat(assigned.json().path("agencyOrgId").asLong()).isEqualTo(w.agency().id());
        assertThat(assigned.json().path("rights").path("relations").toString()).contains("AGENCY_LEAD").doesNotContain("FREELANCER");
        assertThat(upload(server.api(w.freelancer().token()), id).status()).isEqualTo(200);
        assertThat(upload(lead, id).status()).as("the owner who accepted does not do the work").isEqualTo(403);
    }

    @Test
    void only_a_member_of_the_agency_can_be_assigned_and_a_plain_member_cannot_accept_for_it() {
        long id = offer(w.lead().email(), null);
        var wrong = server.api(w.lead().token()).post(base(id) + "/offer/accept",
                Map.of("agencyOrgId", w.agency().id(), "freelancerId", w.client().id()));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().path("field").asText()).isEqualTo("freelancerId");

        long toFran = offer(w.freelancer().email(), null);
        var fran = server.api(w.freelancer().token());
        assertThat(fran.post(base(toFran) + "/offer/accept", Map.of("agencyOrgId", w.agency().id())).code()).isEqualTo("offer.agency");
        assertThat(fran.post(base(toFran) + "/offer/accept", null).status()).as("solo is fine").isEqualTo(200);
    }

    @Test
    void an_offer_through_an_agency_is_accepted_by_its_manager_for_the_named_freelancer() {
        long id = offer(w.freelancer().email(), w.agency().id());

        var accepted = server.api(w.manager().token()).post(base(id) + "/offer/accept", null);

        assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
        assertThat(accepted.json().path("freelancerId").asLong()).isEqualTo(w.freelancer().id());
        assertThat(accepted.json().path("agencyOrgId").asLong()).isEqualTo(w.agency().id());
    }

    @Test
    void a_declined_offer_is_final_and_records_nothing() {
        var solo = fx.person("sol@solo.test", "Sol Solo", "UTC", null, null);
        long id = offer(solo.email(), null);
        var sol = server.api(solo.token());

        assertThat(sol.post(base(id) + "/offer/decline", null).json().path("status").asText()).isEqualTo("DECLINED");

        assertThat(sol.post(base(id) + "/offer/accept", null).status()).isEqualTo(409);
        assertThat(clientOwner.post(base(id) + "/offer/withdraw", null).status()).isEqualTo(409);
        assertThat(upload(sol, id).code()).isEqualTo("contract.declined");
        assertThat(clientOwner.patch(base(id), Map.of("title", "Renamed")).status()).isEqualTo(409);
        assertThat(auditActions(id)).contains("offer.make", "offer.decline");
    }

    @Test
    void the_client_withdraws_a_pending_offer_and_a_plain_client_member_may_not() {
        var solo = fx.person("sol@solo.test", "Sol Solo", "UTC", null, null);
        long id = offer(solo.email(), null);
        assertThat(server.api(w.client().token()).post(base(id) + "/offer/withdraw", null).status()).isEqualTo(403);
        assertThat(clientOwner.patch(base(id), Map.of("rateMinor", 1)).code()).as("terms of a pending offer are fixed").isEqualTo("offer.pending");

        assertThat(clientOwner.post(base(id) + "/offer/withdraw", null).json().path("status").asText()).isEqualTo("WITHDRAWN");

        assertThat(server.api(solo.token()).post(base(id) + "/offer/accept", null).status()).isEqualTo(409);
        assertThat(server.api(w.otherClient().token()).get(base(id) + "/offer").status()).isEqualTo(404);
    }

    @Test
    void someone_without_an_account_gets_an_invitation_that_leads_to_the_offer() {
        long id = offer("newbie@freelance.test", null);
        var resent = clientOwner.post(base(id) + "/offer/resend", null);
        assertThat(resent.status()).as("%s", resent).isEqualTo(200);
        String path = URI.create(resent.json().path("link").asText()).getPath();
        assertThat(path).startsWith("/invite/");

        WebClient newbie = new WebClient(server);
        assertThat(newbie.get(path).body()).contains("An offer: Mobile app", "Olivia Owner of Acme offers you an hourly contract");
        var made = newbie.post(path, "name", "Nia Newbie", "password", "a brand new password", "zone", "Africa/Nairobi");

        assertThat(made.status()).isEqualTo(303);
        assertThat(made.header("Location")).isEqualTo(ContractUrls.offer(id));
        var user = server.db().accounts().findUserByEmail("newbie@freelance.test").orElseThrow();
        var seat = server.db().accounts().seatsOf(user.id()).getFirst();
        assertThat(seat.org().kind()).isEqualTo(OrgKind.FREELANCER);
        assertThat(seat.membership().role()).isEqualTo(Role.OWNER);
        assertThat(newbie.get(made.header("Location")).body()).contains("id=\"accept-self\"", "60.00 USD / h");
        assertThat(newbie.post(ContractUrls.offer(id) + "/accept", "agencyOrgId", "").status()).isEqualTo(303);
        assertThat(server.db().contracts().find(id).orElseThrow().status().name()).isEqualTo("ACTIVE");
        assertThat(server.db().invitations().openForOrg(w.clientOrg().id())).as("the invitation is used").isEmpty();
    }

    @Test
    void an_offer_to_yourself_or_through_an_agency_the_freelancer_is_not_in_is_refused() {
        assertThat(clientOwner.post("/api/v1/contracts", offerTo(w.clientOwner().email(), null)).json().path("field").asText())
                .isEqualTo("freelancerEmail");
        assertThat(clientOwner.post("/api/v1/contracts", offerTo(w.client().email(), w.agency().id())).json().path("field").asText())
                .isEqualTo("agencyOrgId");
        assertThat(server.api(w.client().token()).post("/api/v1/contracts", offerTo(w.freelancer().email(), null)).status())
                .as("a plain client member offers nothing").isEqualTo(422);
    }

    @Test
    void an_offer_page_shows_the_terms_and_the_answers_the_viewer_may_give() {
        long id = offer(w.lead().email(), null);
        WebClient lead = new WebClient(server);
        lead.signIn(w.lead().email(), Fixtures.PASSWORD);

        var page = lead.get(ContractUrls.offer(id));

        assertThat(page.body()).contains("Terms offered", "60.00 USD / h", "10 h per week", "id=\"accept-self\"",
                "Accept for Pixel &amp; Co", "id=\"decline-offer\"").doesNotContain("withdraw-offer");
        var accepted = lead.post(ContractUrls.offer(id) + "/accept", "agencyOrgId", Long.toString(w.agency().id()),
                "freelancerId", Long.toString(w.otherFreelancer().id()));
        assertThat(accepted.status()).isEqualTo(303);
        assertThat(lead.get(accepted.header("Location")).body()).contains("Accepted by Lena Lead", "Otto Other for Acme");
        assertThat(lead.get(AccountUrls.org(w.agency().id())).status()).isEqualTo(200);
    }
}
