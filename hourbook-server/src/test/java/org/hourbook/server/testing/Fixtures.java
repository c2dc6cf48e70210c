package org.hourbook.server.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.store.auth.TokenKind;

/**
 * People, organizations and contracts named for what a test needs. Everything is created through
 * the store and the server's own password hashing and token issuing, so it is exactly what
 * the API would have created.
 */
public final class Fixtures {
    public static final String PASSWORD = "correct horse battery staple";

    private final TestServer server;

    public Fixtures(TestServer server) {
        this.server = server;
    }

    /** A user with a bearer token ready to use. */
    public record Person(User user, String token) {
        public long id() {
            return user.id();
        }

        public String email() {
            return user.email();
        }
    }

    /**
     * Every role around one hourly contract:
     * <pre>
     * agency "Pixel &amp; Co"  : lead (OWNER), manager (MANAGER), freelancer, otherFreelancer (FREELANCER)
     * client "Acme"          : clientOwner (OWNER), client (CLIENT)
     * client "Globex"        : otherClient (OWNER)        — unrelated
     * agency "Elsewhere"     : otherAgencyLead (OWNER)    — unrelated
     * contract: Acme ↔ freelancer via Pixel &amp; Co, labels Design/Code/Meetings, manual time allowed
     * </pre>
     */
    public record World(Organization agency, Organization clientOrg, Organization otherClientOrg, Organization otherAgency,
                        Person lead, Person manager, Person freelancer, Person otherFreelancer, Person clientOwner, Person client,
                        Person otherClient, Person otherAgencyLead, ContractTerms contract) {

        /** The roles of the access matrix, by name. */
        public Map<String, Person> roles() {
            Map<String, Person> m = new java.util.LinkedHashMap<>();
            m.put("freelancer", freelancer);
            m.put("otherFreelancer", otherFreelancer);
            m.put("client", client);
            m.put("clientOwner", clientOwner);
            m.put("otherClient", otherClient);
            m.put("agencyManager", manager);
            m.put("otherAgency", otherAgencyLead);
            return m;
        }
    }

    public World hourlyContractWithLimit(int weeklyLimitHours) {
        return world(weeklyLimitHours, true);
    }

    public World world(Integer weeklyLimitHours, boolean manualTimeAllowed) {
        Instant now = server.clock().instant();
        var accounts = server.db().accounts();
        Organization agency = accounts.createOrganization("Pixel & Co", OrgKind.AGENCY, now);
        Organization client = accounts.createOrganization("Acme", OrgKind.CLIENT, now);
        Organization otherClient = accounts.createOrganization("Globex", OrgKind.CLIENT, now);
        Organization otherAgency = accounts.createOrganization("Elsewhere", OrgKind.AGENCY, now);
        Person lead = person("lead@pixel.test", "Lena Lead", "Europe/Berlin", agency, Role.OWNER);
        Person manager = person("manager@pixel.test", "Max Manager", "Europe/Berlin", agency, Role.MANAGER);
        Person freelancer = person("fran@pixel.test", "Fran Freelancer", "Asia/Kathmandu", agency, Role.FREELANCER);
        Person otherFreelancer = person("otto@pixel.test", "Otto Other", "America/New_York", agency, Role.FREELANCER);
        Person clientOwner = person("owner@acme.test", "Olivia Owner", "America/New_York", client, Role.OWNER);
        Person clientMember = person("carl@acme.test", "Carl Client", "America/New_York", client, Role.CLIENT);
        Person other = person("gina@globex.test", "Gina Globex", "UTC", otherClient, Role.OWNER);
        Person otherLead = person("eve@elsewhere.test", "Eve Elsewhere", "UTC", otherAgency, Role.OWNER);
        ContractTerms contract = contract(client.id(), freelancer.id(), agency.id(), weeklyLimitHours, manualTimeAllowed);
        return new World(agency, client, otherClient, otherAgency, lead, manager, freelancer, otherFreelancer, clientOwner,
                clientMember, other, otherLead, contract);
    }

    public ContractTerms contract(long clientOrgId, long freelancerId, Long agencyOrgId, Integer weeklyLimitHours, boolean manual) {
        return server.db().contracts().create(new ContractTerms(0, clientOrgId, freelancerId, agencyOrgId, "Checkout redesign", 5000, "USD",
                weeklyLimitHours, manual, List.of("Design", "Code", "Meetings"), ScreenshotPolicy.NORMAL, 10, ZoneId.of("UTC"),
                ContractStatus.ACTIVE, BillingRounding.SEGMENT));
    }

    /**
     * The same people around a retainer instead: Acme ↔ freelancer via Pixel &amp; Co, {@code capHours}
     * per cycle, monthly on day 1 in UTC, started on 2026-09-01 (so September and October are
     * past cycles on {@link TestServer#NOW}), overage allowed, no rollover.
     */
    public World retainerWithCap(int capHours) {
        return retainer(world(null, true), new org.hourbook.core.retainer.RetainerTerms(capHours * 3600L,
                new org.hourbook.core.retainer.CycleRule.Monthly(1), null, true, ZoneId.of("UTC")));
    }

    /** {@code w}'s people with a new retainer contract of these terms, started 2026-09-01. */
    public World retainer(World w, org.hourbook.core.retainer.RetainerTerms terms) {
        ContractTerms c = server.db().contracts().create(new ContractTerms(0, w.clientOrg().id(), w.freelancer().id(), w.agency().id(),
                "Website care", 5000, "USD", null, true, List.of("Design", "Code", "Meetings"), ScreenshotPolicy.NORMAL, 10, terms.zone(),
                ContractStatus.ACTIVE, BillingRounding.SEGMENT));
        server.db().retainers().create(c.id(), terms, false, Instant.parse("2026-09-01T00:00:00Z"));
        return new World(w.agency(), w.clientOrg(), w.otherClientOrg(), w.otherAgency(), w.lead(), w.manager(), w.freelancer(),
                w.otherFreelancer(), w.clientOwner(), w.client(), w.otherClient(), w.otherAgencyLead(), c);
    }

    /** Uploads {@code count} full segments from {@code start} with this memo and label. */
    public List<UUID> track(World w, Instant start, int count, String memo, String label) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            Map<String, Object> seg = segment(id, start.plusSeconds(600L * i), 600, memo);
            if (label != null) seg.put("label", label);
            items.add(seg);
        }
        var r = server.api(w.freelancer().token()).post("/api/v1/contracts/" + w.contract().id() + "/segments", Map.of("segments", items));
        if (r.status() != 200) throw new AssertionError("tracking failed: " + r);
        return ids;
    }

    public Person person(String email, String name, String zone, Organization org, Role role) {
        User u = server.db().accounts().createUser(email, name, ZoneId.of(zone), server.services().passwords().hash(PASSWORD),
                server.clock().instant());
        if (org != null) server.db().accounts().putMember(org.id(), u.id(), role);
        String token = server.services().apiTokens().issueFor(u.id(), TokenKind.PERSONAL, "test").secret();
        return new Person(u, token);
    }

    /** A tracker's device token for this person (only what a tracker does; see Operation.Builder#forDevices). */
    public String deviceToken(Person p) {
        return server.services().apiTokens().issueFor(p.id(), TokenKind.DEVICE, "tracker").secret();
    }

    /** One tracked segment upload item (JSON-ready) at {@code start} with some activity. */
    public static Map<String, Object> segment(UUID id, Instant start, int trackedSeconds, String memo) {
        List<Map<String, Integer>> minutes = new ArrayList<>();
        for (int i = 0; i < Math.max(1, trackedSeconds / 60); i++) {
            minutes.add(Map.of("keys", i % 3 == 0 ? 0 : 40, "clicks", 5, "scrolls", 2, "moves", 30));
        }
        return new java.util.LinkedHashMap<>(Map.of("id", id.toString(), "start", start.toString(), "trackedSeconds", trackedSeconds,
                "minutes", minutes, "memo", memo));
    }

    /** Uploads {@code count} consecutive full segments from {@code start} as the freelancer; returns their ids. */
    public List<UUID> track(World w, Instant start, int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            items.add(segment(id, start.plusSeconds(600L * i), 600, "Checkout: address form"));
        }
        var r = server.api(w.freelancer().token()).post("/api/v1/contracts/" + w.contract().id() + "/segments", Map.of("segments", items));
        if (r.status() != 200) throw new AssertionError("tracking failed: " + r);
        return ids;
    }

    /** Signs in with a browser session over HTTP: returns a client with the cookie, and the CSRF token. */
    public record SignedIn(Api api, String csrf) {}

    public SignedIn signIn(Person p) {
        var r = server.anonymous().post("/api/v1/auth/session", Map.of("email", p.email(), "password", PASSWORD));
        if (r.status() != 200) throw new AssertionError("sign-in failed: " + r);
        String cookie = r.header("Set-Cookie").split(";", 2)[0];
        return new SignedIn(server.anonymous().with("Cookie", cookie), r.json().path("csrfToken").asText());
    }
}
