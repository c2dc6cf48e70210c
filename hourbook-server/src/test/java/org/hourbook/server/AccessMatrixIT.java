package org.hourbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.Images;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every endpoint × every role, with the status each must get. Outsiders get 404 (existence does
 * not leak), related people who may not do something get 403, anonymous callers 401. Requests
 * that change things run on fresh data per role so one role's success cannot mask another's.
 */
@RealServer
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class AccessMatrixIT {
    static final List<String> ROLES = List.of("freelancer", "otherFreelancer", "client", "clientOwner", "otherClient", "agencyManager",
            "otherAgency", "anonymous");

    @Parameter
    Backend backend;

    TestServer server;
    Fixtures fx;
    World w;
    int nextSlot;

    World rw;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(40);
    }

    /**
     * One row of the matrix: the route it exercises ("METHOD /template", as registered), how to
     * make the request, and the expected status per role (in ROLES order).
     */
    record Row(String name, String route, Function<Api, Api.Response> request, int... expected) {}

    /** The rows of the matrix; {@link #the_matrix_reaches_every_api_route} checks that together they reach every API route. */
    List<Row> rows() {
        long c = w.contract().id();
        String base = "/api/v1/contracts/" + c;
        // The same people around a retainer too (made here: the listing test counts contracts).
        rw = fx.retainer(w, new org.hourbook.core.retainer.RetainerTerms(20 * 3600L, new org.hourbook.core.retainer.CycleRule.Monthly(1),
                null, true, java.time.ZoneId.of("UTC")));
        String ret = "/api/v1/contracts/" + rw.contract().id() + "/retainer";
        String imports = "/api/v1/contracts/" + rw.contract().id() + "/imports";
        String acme = "/api/v1/orgs/" + w.clientOrg().id();
        //                                                                    fl   oFl  cl   cOwn oCl  agM  oAg  anon
        return List.of(
                new Row("GET health", "GET /api/v1/health", a -> a.get("/api/v1/health"), 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET ready", "GET /api/v1/ready", a -> a.get("/api/v1/ready"), 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET openapi", "GET /api/v1/openapi.json", a -> a.get("/api/v1/openapi.json"), 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET docs", "GET /api/v1/docs", a -> a.get("/api/v1/docs"), 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("POST auth/tokens with own password", "POST /api/v1/auth/tokens", a -> server.anonymous().post("/api/v1/auth/tokens",
                        Map.of("email", emailOf(a), "password", a == anon ? "guess" : Fixtures.PASSWORD)), 201, 201, 201, 201, 201, 201, 201, 401),
                new Row("POST auth/session with own password", "POST /api/v1/auth/session", a -> server.anonymous().post("/api/v1/auth/session",
                        Map.of("email", emailOf(a), "password", a == anon ? "guess" : Fixtures.PASSWORD)), 200, 200, 200, 200, 200, 200, 200, 401),
                new Row("DELETE auth/session", "DELETE /api/v1/auth/session", a -> a.delete("/api/v1/auth/session"), 204, 204, 204, 204, 204, 204, 204, 204),
                new Row("GET metrics", "GET /metrics", a -> a.get("/metrics"), 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET me", "GET /api/v1/me", a -> a.get("/api/v1/me"), 200, 200, 200, 200, 200, 200, 200, 401),
                new Row("GET auth/tokens", "GET /api/v1/auth/tokens", a -> a.get("/api/v1/auth/tokens"), 200, 200, 200, 200, 200, 200, 200, 401),
                new Row("DELETE someone else's token", "DELETE /api/v1/auth/tokens/{id}", a -> a.delete("/api/v1/auth/tokens/" + tokenIdOf()), 404, 404, 404, 404, 404, 404, 404, 401),
                new Row("GET contracts", "GET /api/v1/contracts", a -> a.get("/api/v1/contracts"), 200, 200, 200, 200, 200, 200, 200, 401),
                new Row("POST contracts for Acme", "POST /api/v1/contracts", a -> a.post("/api/v1/contracts", newContract()), 422, 422, 422, 201, 422, 422, 422, 401),
                new Row("GET contract", "GET /api/v1/contracts/{id}", a -> a.get(base), 200, 404, 200, 200, 404, 200, 404, 401),
                new Row("PATCH weekly limit", "PATCH /api/v1/contracts/{id}", a -> a.patch(base, Map.of("weeklyLimitHours", 30)), 403, 404, 200, 200, 404, 403, 404, 401),
                new Row("PATCH what the tracker does at the limit", "PATCH /api/v1/contracts/{id}",
                        a -> a.patch(base, Map.of("atLimit", "WARN")), 403, 404, 200, 200, 404, 403, 404, 401),
                new Row("PATCH rate", "PATCH /api/v1/contracts/{id}", a -> a.patch(base, Map.of("rateMinor", 6000)), 403, 404, 403, 200, 404, 403, 404, 401),
                new Row("POST close (fresh contract)", "POST /api/v1/contracts/{id}/close", a -> a.post(freshContractBase() + "/close", null), 403, 404, 403, 200, 404, 403, 404, 401),
                new Row("POST segments", "POST /api/v1/contracts/{id}/segments", a -> a.post(base + "/segments", Map.of("segments", List.of(Fixtures.segment(UUID.randomUUID(), slot(), 600, "m")))),
                        200, 404, 403, 403, 404, 403, 404, 401),
                new Row("GET diary", "GET /api/v1/contracts/{id}/diary", a -> a.get(base + "/diary?date=2026-11-16&tz=utc"), 200, 404, 200, 200, 404, 200, 404, 401),
                new Row("GET one segment", "GET /api/v1/contracts/{id}/segments/{sid}", a -> a.get(base + "/segments/" + tracked()),
                        200, 404, 200, 200, 404, 200, 404, 401),
                new Row("PATCH memo", "PATCH /api/v1/contracts/{id}/segments", a -> a.patch(base + "/segments", Map.of("ids", List.of(tracked()), "memo", "new memo")),
                        200, 404, 403, 403, 404, 403, 404, 401),
                new Row("PATCH label", "PATCH /api/v1/contracts/{id}/segments", a -> a.patch(base + "/segments", Map.of("ids", List.of(tracked()), "label", "Design")),
                        200, 404, 200, 200, 404, 403, 404, 401),
                new Row("DELETE segments", "DELETE /api/v1/contracts/{id}/segments", a -> a.delete(base + "/segments?ids=" + tracked()), 200, 404, 403, 403, 404, 403, 404, 401),
                new Row("POST manual-time", "POST /api/v1/contracts/{id}/manual-time", a -> {
                    Instant from = slot();
                    return a.post(base + "/manual-time", Map.of("from", from.toString(), "to", from.plusSeconds(600).toString(), "memo", "call"));
                }, 201, 404, 403, 403, 404, 403, 404, 401),
                new Row("PUT screenshot", "PUT /api/v1/contracts/{id}/segments/{sid}/screenshot", a -> a.putBytes(base + "/segments/" + tracked() + "/screenshot", Images.png(80, 50, Color.WHITE), "image/png"),
                        200, 404, 403, 403, 404, 403, 404, 401),
                new Row("GET screenshot", "GET /api/v1/contracts/{id}/segments/{sid}/screenshot", a -> a.get(base + "/segments/" + withShot() + "/screenshot"), 200, 404, 200, 200, 404, 200, 404, 401),
                new Row("GET thumbnail", "GET /api/v1/contracts/{id}/segments/{sid}/thumbnail", a -> a.get(base + "/segments/" + withShot() + "/thumbnail"), 200, 404, 200, 200, 404, 200, 404, 401),
                new Row("DELETE screenshot", "DELETE /api/v1/contracts/{id}/segments/{sid}/screenshot", a -> a.delete(base + "/segments/" + withShot() + "/screenshot"), 200, 404, 403, 403, 404, 403, 404, 401),
                new Row("GET timesheet", "GET /api/v1/contracts/{id}/timesheet", a -> a.get(base + "/timesheet?week=2026-11-16"), 200, 404, 200, 200, 404, 200, 404, 401),
                new Row("GET timesheet csv", "GET /api/v1/contracts/{id}/timesheet", a -> a.get(base + "/timesheet?week=2026-11-16&format=csv"), 200, 404, 200, 200, 404, 200, 404, 401),
                new Row("GET audit", "GET /api/v1/contracts/{id}/audit", a -> a.get(base + "/audit"), 200, 404, 200, 200, 404, 200, 404, 401),
                new Row("GET team", "GET /api/v1/teams/{orgId}", a -> a.get("/api/v1/teams/" + w.agency().id()), 404, 404, 404, 404, 404, 200, 404, 401),
                new Row("GET retainer", "GET /api/v1/contracts/{id}/retainer", a -> a.get(ret), 200, 404, 200, 200, 404, 200, 404, 401),
                new Row("GET retainer of an hourly contract", "GET /api/v1/contracts/{id}/retainer", a -> a.get(base + "/retainer"),
                        404, 404, 404, 404, 404, 404, 404, 401),
                new Row("PUT retainer terms", "PUT /api/v1/contracts/{id}/retainer", a -> a.put(ret, Map.of("capHours", 25)),
                        403, 404, 403, 200, 404, 403, 404, 401),
                new Row("GET retainer log", "GET /api/v1/contracts/{id}/retainer/log", a -> a.get(ret + "/log"), 200, 404, 403, 403, 404, 403, 404, 401),
                new Row("POST retainer log action", "POST /api/v1/contracts/{id}/retainer/log",
                        a -> a.post(ret + "/log", Map.of("action", "hide", "entry", retainerEntry())), 200, 404, 403, 403, 404, 403, 404, 401),
                new Row("GET retainer links", "GET /api/v1/contracts/{id}/retainer/links", a -> a.get(ret + "/links"),
                        200, 404, 403, 403, 404, 403, 404, 401),
                new Row("POST retainer link", "POST /api/v1/contracts/{id}/retainer/links", a -> a.post(ret + "/links", Map.of("note", "n")),
                        201, 404, 403, 403, 404, 403, 404, 401),
                new Row("POST revoke link", "POST /api/v1/contracts/{id}/retainer/links/{linkId}/revoke",
                        a -> a.post(ret + "/links/" + newLink().path("id").asLong() + "/revoke", null), 200, 404, 403, 403, 404, 403, 404, 401),
                new Row("POST rotate link", "POST /api/v1/contracts/{id}/retainer/links/{linkId}/rotate",
                        a -> a.post(ret + "/links/" + newLink().path("id").asLong() + "/rotate", null), 201, 404, 403, 403, 404, 403, 404, 401),
                new Row("GET public page", "GET /r/{token}", a -> a.get(publicPath()), 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET public feed", "GET /r/{token}/feed", a -> a.get(publicPath() + "/feed"), 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET robots.txt", "GET /robots.txt", a -> a.get("/robots.txt"), 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("POST import dry run", "POST /api/v1/contracts/{id}/imports", a -> a.send("POST", imports + "?dryRun=true", csv(), "text/csv"),
                        200, 404, 403, 403, 404, 403, 404, 401),
                new Row("POST import", "POST /api/v1/contracts/{id}/imports", a -> a.send("POST", imports, csv(), "text/csv"),
                        201, 404, 403, 403, 404, 403, 404, 401),
                new Row("GET imports", "GET /api/v1/contracts/{id}/imports", a -> a.get(imports), 200, 404, 200, 200, 404, 200, 404, 401),
                new Row("POST undo import", "POST /api/v1/contracts/{id}/imports/{importId}/undo",
                        a -> a.post(imports + "/" + newImport() + "/undo", null), 200, 404, 403, 403, 404, 403, 404, 401),
                // An offer to the freelancer through the agency: they or the agency's lead answer it, the client's lead withdraws it.
                new Row("GET offer", "GET /api/v1/contracts/{id}/offer", a -> a.get(freshOffer() + "/offer"), 200, 404, 200, 200, 404, 200, 404, 401),
                new Row("POST offer/accept", "POST /api/v1/contracts/{id}/offer/accept", a -> a.post(freshOffer() + "/offer/accept", null),
                        200, 404, 403, 403, 404, 200, 404, 401),
                new Row("POST offer/decline", "POST /api/v1/contracts/{id}/offer/decline", a -> a.post(freshOffer() + "/offer/decline", null),
                        200, 404, 403, 403, 404, 200, 404, 401),
                new Row("POST offer/withdraw", "POST /api/v1/contracts/{id}/offer/withdraw", a -> a.post(freshOffer() + "/offer/withdraw", null),
                        403, 404, 403, 200, 404, 403, 404, 401),
                new Row("POST offer/resend", "POST /api/v1/contracts/{id}/offer/resend", a -> a.post(freshOffer() + "/offer/resend", null),
                        403, 404, 403, 200, 404, 403, 404, 401),
                // The client company's own page through the API: its members see it, its owner changes it, no one else learns it exists.
                new Row("GET organization", "GET /api/v1/orgs/{orgId}", a -> a.get(acme), 404, 404, 200, 200, 404, 404, 404, 401),
                new Row("PATCH organization name", "PATCH /api/v1/orgs/{orgId}", a -> a.patch(acme, Map.of("name", "Acme Inc")),
                        404, 404, 403, 200, 404, 404, 404, 401),
                new Row("POST invitation", "POST /api/v1/orgs/{orgId}/invitations",
                        a -> a.post(acme + "/invitations", Map.of("email", "new" + nextSlot++ + "@acme.test", "role", "CLIENT")),
                        404, 404, 403, 201, 404, 404, 404, 401),
                new Row("POST invitation resend", "POST /api/v1/orgs/{orgId}/invitations/{invitationId}/resend",
                        a -> a.post(acme + "/invitations/" + freshInvitation() + "/resend", null), 404, 404, 403, 200, 404, 404, 404, 401),
                new Row("DELETE invitation", "DELETE /api/v1/orgs/{orgId}/invitations/{invitationId}",
                        a -> a.delete(acme + "/invitations/" + freshInvitation()), 404, 404, 403, 204, 404, 404, 404, 401),
                new Row("PUT member role", "PUT /api/v1/orgs/{orgId}/members/{userId}/role",
                        a -> a.put(acme + "/members/" + freshAcmeMember() + "/role", Map.of("role", "MANAGER")), 404, 404, 403, 200, 404, 404, 404, 401),
                new Row("DELETE member", "DELETE /api/v1/orgs/{orgId}/members/{userId}",
                        a -> a.delete(acme + "/members/" + freshAcmeMember()), 404, 404, 403, 204, 404, 404, 404, 401));
    }

    @org.junit.jupiter.api.Test
    void the_matrix_reaches_every_api_route() {
        java.util.Set<String> reached = new java.util.TreeSet<>();
        rows().forEach(r -> reached.add(r.route()));
        java.util.Set<String> api = new java.util.TreeSet<>();
        server.app().documentedRoutes().stream().filter(r -> r.contains(" /api/") || r.endsWith(" /metrics")).forEach(api::add);
        assertThat(reached).as("rows of the access matrix").containsAll(api);
        // The matrix also covers the public retainer page, which lives outside /api.
        assertThat(server.app().documentedRoutes()).as("routes the matrix names exist").containsAll(reached);
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_answers_every_role_as_expected() {
        List<Row> rows = rows();
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows) {
            for (int i = 0; i < ROLES.size(); i++) {
                String role = ROLES.get(i);
                int expected = row.expected()[i];
                tests.add(DynamicTest.dynamicTest(row.name() + " as " + role + " → " + expected, () -> {
                    Api api = as(role);
                    current = role;
                    Api.Response r = row.request().apply(api);
                    assertThat(r.status()).as("%s as %s: %s", row.name(), role, r).isEqualTo(expected);
                    if (expected >= 400) assertThat(r.json().path("code").asText()).as("error body has a code").isNotEmpty();
                }));
            }
        }
        return tests.stream();
    }

    /**
     * The device column: the freelancer's tracker (a DEVICE token) gets the freelancer's answer on
     * what a tracker does — these rows, plus every row open to anonymous callers — and 403
     * {@code auth.device_scope} on every other row, including rows added later.
     */
    static final Set<String> TRACKER_ROWS = Set.of("POST auth/tokens with own password", "POST auth/session with own password",
            "GET me", "GET contracts", "GET contract", "POST segments", "GET diary", "DELETE segments", "PUT screenshot",
            "DELETE screenshot", "GET timesheet", "GET timesheet csv", "GET retainer", "GET retainer of an hourly contract");

    @TestFactory
    Stream<DynamicTest> a_device_token_reaches_what_a_tracker_does_and_nothing_else() {
        int freelancer = ROLES.indexOf("freelancer");
        int anonymous = ROLES.indexOf("anonymous");
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            boolean asFreelancer = TRACKER_ROWS.contains(row.name()) || row.expected()[anonymous] != 401;
            int expected = asFreelancer ? row.expected()[freelancer] : 403;
            tests.add(DynamicTest.dynamicTest(row.name() + " as device → " + expected, () -> {
                Api api = as("device");
                current = "device";
                Api.Response r = row.request().apply(api);
                assertThat(r.status()).as("%s as device: %s", row.name(), r).isEqualTo(expected);
                if (!asFreelancer) assertThat(r.code()).isEqualTo("auth.device_scope");
            }));
        }
        return tests.stream();
    }

    Api anon;
    String current;

    /** The email of the role whose request is being made ({@code nobody@…} for anonymous). */
    String emailOf(Api a) {
        if (a == anon) return "nobody@nowhere.test";
        return current.equals("device") ? w.freelancer().email() : w.roles().get(current).email();
    }

    @org.junit.jupiter.api.Test
    void each_role_lists_exactly_the_contracts_it_may_see() {
        long c = w.contract().id();
        Map<String, List<Long>> expected = new LinkedHashMap<>();
        for (String role : List.of("freelancer", "client", "clientOwner", "agencyManager")) expected.put(role, List.of(c));
        for (String role : List.of("otherFreelancer", "otherClient", "otherAgency")) expected.put(role, List.of());
        expected.forEach((role, ids) -> {
            List<Long> listed = new ArrayList<>();
            as(role).get("/api/v1/contracts").json().forEach(n -> listed.add(n.path("id").asLong()));
            assertThat(listed).as(role).isEqualTo(ids);
        });
        var rights = as("client").get("/api/v1/contracts/" + c).json().path("rights");
        assertThat(rights.path("editableTerms").toString()).contains("weeklyLimitHours").doesNotContain("rateMinor");
        assertThat(rights.path("editTime").asBoolean()).isFalse();
    }

    Api as(String role) {
        if (role.equals("anonymous")) return anon = server.anonymous();
        if (role.equals("device")) return server.api(fx.deviceToken(w.freelancer()));
        return server.api(w.roles().get(role).token());
    }

    /** An open invitation to Acme, made by its owner. */
    long freshInvitation() {
        var r = server.api(w.clientOwner().token()).post("/api/v1/orgs/" + w.clientOrg().id() + "/invitations",
                Map.of("email", "invited" + nextSlot++ + "@acme.test", "role", "CLIENT"));
        assertThat(r.status()).as("invitation: %s", r).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    /** A new client member of Acme. */
    long freshAcmeMember() {
        return fx.person("member" + nextSlot++ + "@acme.test", "New Member", "UTC", w.clientOrg(), org.hourbook.core.account.Role.CLIENT).id();
    }

    /** A fresh, free 10-minute slot in the current billing week (Mon 2026-11-16 onwards). */
    Instant slot() {
        return Instant.parse("2026-11-16T00:00:00Z").plusSeconds(600L * nextSlot++);
    }

    UUID tracked() {
        return fx.track(w, slot(), 1).get(0);
    }

    UUID withShot() {
        UUID id = tracked();
        var r = server.api(w.freelancer().token()).putBytes("/api/v1/contracts/" + w.contract().id() + "/segments/" + id + "/screenshot",
                Images.jpeg(120, 80, Color.ORANGE), "image/jpeg");
        assertThat(r.status()).as("screenshot upload: %s", r).isEqualTo(200);
        return id;
    }

    String freshContractBase() {
        return "/api/v1/contracts/" + fx.contract(w.clientOrg().id(), w.freelancer().id(), w.agency().id(), 10, false).id();
    }

    /** A pending offer from Acme to the freelancer through the agency, made as the API makes it. */
    String freshOffer() {
        Map<String, Object> m = newContract();
        m.put("freelancerEmail", w.freelancer().email());
        var r = server.api(w.clientOwner().token()).post("/api/v1/contracts", m);
        assertThat(r.status()).as("offer: %s", r).isEqualTo(201);
        return "/api/v1/contracts/" + r.json().path("id").asLong();
    }

    long tokenIdOf() {
        return server.services().apiTokens().list(w.lead().id()).get(0).id();
    }

    Map<String, Object> newContract() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clientOrgId", w.clientOrg().id());
        m.put("freelancerEmail", w.otherFreelancer().email());
        m.put("agencyOrgId", w.agency().id());
        m.put("title", "Landing page");
        m.put("rateMinor", 4000);
        m.put("currency", "EUR");
        m.put("weeklyLimitHours", 10);
        return m;
    }

    int nextImport;

    /** A small CSV file, different each time so that every import adds rows. */
    HttpRequest.BodyPublisher csv() {
        return HttpRequest.BodyPublishers.ofString("date,description,hours\n2026-11-0" + (1 + nextImport++ % 9) + ",work " + nextImport + ",1\n");
    }

    long newImport() {
        var r = server.api(rw.freelancer().token()).send("POST", "/api/v1/contracts/" + rw.contract().id() + "/imports", csv(), "text/csv");
        assertThat(r.status()).as("import: %s", r).isEqualTo(201);
        return r.json().path("importId").asLong();
    }

    com.fasterxml.jackson.databind.JsonNode newLink() {
        var r = server.api(rw.freelancer().token()).post("/api/v1/contracts/" + rw.contract().id() + "/retainer/links", Map.of("note", "m"));
        assertThat(r.status()).as("link: %s", r).isEqualTo(201);
        return r.json();
    }

    String publicPath() {
        return java.net.URI.create(newLink().path("url").asText()).getPath();
    }

    /** An entry of the retainer's work log (a tracked segment late on Tuesday, clear of the hourly contract's slots). */
    String retainerEntry() {
        return fx.track(rw, Instant.parse("2026-11-17T20:00:00Z").plusSeconds(600L * nextSlot++), 1).get(0).toString();
    }

    static HttpRequest.BodyPublisher none() {
        return HttpRequest.BodyPublishers.noBody();
    }
}
