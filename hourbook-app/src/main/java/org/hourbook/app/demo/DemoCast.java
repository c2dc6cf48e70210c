package org.hourbook.app.demo;

import java.time.ZoneId;
import java.util.List;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;

/**
 * Who is in the demo: an agency with an owner, a team lead and three freelancers in three zones,
 * two client companies (each with a plain member who reviews the diary, and an owner or manager
 * who may also create contracts, change every term and close them), and the contracts between them. Keys (not ids) tie the records together;
 * the loader maps them to the ids the database assigns.
 *
 * <p>The contracts are chosen so that every rule shows up in the diary: a low weekly limit that is
 * exceeded (over-limit time), manual time on contracts that allow it, a closed contract, and one
 * freelancer who also works solo (no agency), which the agency must not see.
 */
public final class DemoCast {
    /** Printed with the accounts; the demo is for trying things out, never for real data. */
    public static final String PASSWORD = "hourbook-demo";

    /**
     * @param printedRole the role in the person's organization, as the demo prints it: the same
     *                    word (owner, manager) means different rights in an agency and a client
     *                    company, so the organization kind is part of it
     */
    public record Person(String key, String email, String name, ZoneId zone, String printedRole) {}

    public record Org(String key, String name, OrgKind kind) {}

    public record Member(String orgKey, String personKey, Role role) {}

    /**
     * @param weeklyHours   how much the freelancer works on it per billing week (more than the limit
     *                      makes over-limit time)
     * @param scenes        what the screenshots show (0 editor, 1 browser, 2 design tool, 3 terminal)
     * @param closed        closed after the previous week: time only in that week, read-only now
     */
    public record Contract(String key, String clientKey, String freelancerKey, String agencyKey, String title,
                           long rateMinor, String currency, Integer weeklyLimitHours, boolean manualTimeAllowed,
                           List<String> labels, String zone, double weeklyHours, List<Integer> scenes,
                           List<String> memos, boolean closed) {}

    private DemoCast() {}

    public static List<Person> people() {
        return List.of(
                new Person("maya", "maya@brightlane.example", "Maya Lindqvist", ZoneId.of("Europe/Berlin"), "agency-owner"),
                new Person("tom", "tom@brightlane.example", "Tom Becker", ZoneId.of("Europe/Berlin"), "agency-manager"),
                new Person("lena", "lena@brightlane.example", "Lena Fischer", ZoneId.of("Europe/Berlin"), "freelancer"),
                new Person("aarav", "aarav@brightlane.example", "Aarav Shrestha", ZoneId.of("Asia/Kathmandu"), "freelancer"),
                new Person("sam", "sam@brightlane.example", "Sam Carter", ZoneId.of("America/New_York"), "freelancer"),
                new Person("grace", "grace@northwind.example", "Grace Whitfield", ZoneId.of("Europe/London"), "client-owner"),
                new Person("olivia", "olivia@northwind.example", "Olivia Brooks", ZoneId.of("Europe/London"), "client"),
                new Person("rosa", "rosa@fernhill.example", "Rosa Delgado", ZoneId.of("America/Chicago"), "client-manager"),
                new Person("daniel", "daniel@fernhill.example", "Daniel Okafor", ZoneId.of("America/Chicago"), "client"));
    }

    public static List<Org> orgs() {
        return List.of(
                new Org("brightlane", "Brightlane Studio", OrgKind.AGENCY),
                new Org("aarav-solo", "Aarav Shrestha Design", OrgKind.FREELANCER),
                new Org("northwind", "Northwind Retail", OrgKind.CLIENT),
                new Org("fernhill", "Fernhill Health", OrgKind.CLIENT));
    }

    public static List<Member> members() {
        return List.of(
                new Member("brightlane", "maya", Role.OWNER),
                new Member("brightlane", "tom", Role.MANAGER),
                new Member("brightlane", "lena", Role.FREELANCER),
                new Member("brightlane", "aarav", Role.FREELANCER),
                new Member("brightlane", "sam", Role.FREELANCER),
                new Member("aarav-solo", "aarav", Role.OWNER),
                new Member("northwind", "grace", Role.OWNER),
                new Member("northwind", "olivia", Role.CLIENT),
                new Member("fernhill", "rosa", Role.MANAGER),
                new Member("fernhill", "daniel", Role.CLIENT));
    }

    public static List<Contract> contracts() {
        return List.of(
                new Contract("checkout", "northwind", "lena", "brightlane", "Checkout redesign (web)",
                        5_500, "EUR", 30, true, List.of("Frontend", "Backend", "Code review", "Meetings"),
                        "Europe/London", 24, List.of(0, 0, 1, 1, 3), List.of(
                                "Checkout flow: fix address validation on mobile",
                                "Cart page: move promo code field above totals",
                                "Review PR #412: guest checkout",
                                "Payment step: show card errors inline",
                                "Checkout: keyboard navigation and focus order",
                                "Write Playwright tests for the delivery options step"), false),
                new Contract("holiday", "northwind", "lena", "brightlane", "Holiday campaign landing page",
                        5_000, "EUR", 20, false, List.of("Frontend", "Copy changes"),
                        "Europe/London", 7, List.of(1, 1, 0), List.of(
                                "Landing page: hero section and countdown",
                                "Landing page: gift guide grid, lazy-loaded images"), true),
                new Contract("orders-api", "northwind", "sam", "brightlane", "Order API and ERP integration",
                        7_000, "USD", 10, false, List.of("API", "Integrations", "Testing"),
                        "America/New_York", 14, List.of(0, 3, 3, 0), List.of(
                                "Orders API: idempotent create with client keys",
                                "ERP sync: retry failed exports with backoff",
                                "Refunds endpoint: partial refunds and tests",
                                "Load test order search, add missing index"), false),
                new Contract("patient-app", "fernhill", "aarav", "brightlane", "Patient app: mobile UI",
                        4_000, "USD", 25, true, List.of("Design", "Mobile", "QA"),
                        "America/Chicago", 20, List.of(2, 2, 1, 0), List.of(
                                "Appointment booking: new time picker screens",
                                "Design system: buttons and form fields for Android",
                                "Fix layout of medication list on small phones",
                                "Onboarding: consent screens, accessibility review"), false),
                new Contract("audit", "fernhill", "aarav", null, "Design system audit (solo)",
                        4_500, "USD", 8, false, List.of("Audit", "Documentation"),
                        "America/Chicago", 6, List.of(2, 1), List.of(
                                "Audit colour contrast across all screens",
                                "Document spacing and typography tokens"), false));
    }
}
