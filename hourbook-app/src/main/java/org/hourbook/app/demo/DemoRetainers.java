package org.hourbook.app.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.retainer.Cycle;
import org.hourbook.core.retainer.CycleRule;
import org.hourbook.core.retainer.CycleSchedule;
import org.hourbook.core.retainer.RetainerTerms;
import org.hourbook.core.retainer.Rollover;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.Source;
import org.hourbook.server.Services;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.importing.ImportRequest;
import org.hourbook.server.retainer.RetainerBook;
import org.hourbook.server.retainer.WorkLogService;
import org.hourbook.store.Database;

/**
 * Three demo retainers of Inês Costa (Brightlane): one near its cap, one over it, one with hours
 * rolled over from the cycle before, each with tracked, manual and imported time (the import
 * goes through the real CSV import) and a curated work log. Cycles are laid relative to today,
 * so whenever the demo runs the current cycle already has days of work in it.
 */
public final class DemoRetainers {
    public static final String EMAIL = "ines@brightlane.example";
    static final String NEAR = "Website care retainer", OVER = "Support retainer", ROLLOVER = "SEO retainer";

    /** A demo retainer's public link, as the demo prints it. */
    public record Link(String url, long contractId, String title) {
        public String line() {
            return "link " + url + " " + contractId + " " + title;
        }
    }

    private final Database db;
    private final Services services;
    private final Clock clock;

    public DemoRetainers(Database db, Services services, Clock clock) {
        this.db = db;
        this.services = services;
        this.clock = clock;
    }

    public boolean present() {
        return db.accounts().findUserByEmail(EMAIL).isPresent();
    }

    /** Adds the retainers unless they are there; {@code hash} is the demo password's hash. */
    public void load(String hash) {
        if (present()) return;
        Instant now = clock.instant();
        long agency = org("Brightlane Studio");
        long northwind = org("Northwind Retail");
        long fernhill = org("Fernhill Health");
        User ines = db.accounts().createUser(EMAIL, "Inês Costa", ZoneId.of("Europe/Lisbon"), hash, now);
        db.accounts().putMember(agency, ines.id(), Role.FREELANCER, now);
        ZoneId london = ZoneId.of("Europe/London"), chicago = ZoneId.of("America/Chicago");
        LocalDate today = LocalDate.ofInstant(now, london);
        int day = Math.min(28, today.minusDays(10).getDayOfMonth());
        var near = create(northwind, agency, ines, NEAR, new RetainerTerms(20 * 3600L, new CycleRule.Monthly(day), Rollover.NONE, true, london), now);
        DayOfWeek weekday = LocalDate.ofInstant(now, chicago).minusDays(4).getDayOfWeek();
        var over = create(fernhill, agency, ines, OVER, new RetainerTerms(10 * 3600L, new CycleRule.Weekly(weekday), Rollover.NONE, true, chicago), now);
        var seo = create(northwind, agency, ines, ROLLOVER, new RetainerTerms(15 * 3600L, new CycleRule.Monthly(day), Rollover.upTo(5 * 3600L),
                true, london), now.minus(java.time.Duration.ofDays(75)));
        Random rnd = new Random(7);
        // Near its cap: 17 of 20 h.
        work(near, ines, now, 9, 36, 12, rnd, List.of("Fix cookie banner on iOS Safari", "Update product schema markup", "Hero image swap for winter sale"),
                "Maintenance");
        importCsv(near, ines, now, new double[] {3, 2.5, 2, 1.5}, "Homepage", List.of("Newsletter template tweaks", "toggl_entry_991 quick fixes",
                "Page speed: compress images", "Footer links"));
        // Over: 12.5 of 10 h.
        work(over, ines, now, 14, 24, 6, rnd, List.of("Triage support inbox", "Reset SSO for clinic staff", "Patch appointment reminder emails"), "Support");
        importCsv(over, ines, now, new double[] {2.5, 2, 1.5, 1.5}, "Helpdesk", List.of("Ticket #4411 printer mapping", "Ticket #4415 VPN",
                "Ticket #4420 calendar sync", "Weekly patch window"));
        // Rollover: the cycle before used 11 of 15 h, so 4 h carry into this one.
        Cycle current = schedule(seo).containing(now);
        Cycle previous = schedule(seo).previous(current);
        importCsvOn(seo, ines, previous.start(), new double[] {4, 3, 2.5, 1.5}, "SEO", List.of("Keyword research Q3", "Fix 404s from old blog",
                "Internal linking pass", "Search console review"));
        work(seo, ines, now, 16, 18, 6, rnd, List.of("Rewrite meta descriptions", "Structured data for recipes"), "Content");
        importCsv(seo, ines, now, new double[] {1.5}, "SEO", List.of("Monthly ranking report"));
        curate(near, ines);
        curate(over, ines);
        curate(seo, ines);
    }

    /** Fresh public links (the secret is kept only as a hash, so a demo start makes new ones and retires the old). */
    public List<Link> links() {
        List<Link> out = new ArrayList<>();
        User ines = db.accounts().findUserByEmail(EMAIL).orElseThrow();
        Viewer v = viewer(ines);
        for (ContractTerms c : db.contracts().listByFreelancer(ines.id())) {
            if (db.retainers().find(c.id()).isEmpty()) continue;
            for (var l : db.retainers().links(c.id())) if (!l.revoked()) db.retainers().revokeLink(l.id(), clock.instant());
            var issued = services.shareLinks().create(v, c.id(), "for the client's team (demo)");
            out.add(new Link(issued.url(), c.id(), c.title()));
        }
        return out;
    }

    private long org(String name) {
        return db.accounts().listOrganizations().stream().filter(o -> o.name().equals(name)).map(Organization::id).findFirst().orElseThrow();
    }

    private ContractTerms create(long client, long agency, User ines, String title, RetainerTerms terms, Instant started) {
        ContractTerms c = db.contracts().create(new ContractTerms(0, client, ines.id(), agency, title, 6_000, "EUR", null, true,
                List.of("Maintenance", "Support", "Content", "Meetings"), ScreenshotPolicy.NONE, 10, terms.zone(), ContractStatus.ACTIVE,
                BillingRounding.SEGMENT));
        db.retainers().create(c.id(), terms, true, started);
        return c;
    }

    private CycleSchedule schedule(ContractTerms c) {
        return CycleSchedule.of(db.retainers().find(c.id()).orElseThrow().terms());
    }

    /** {@code tracked} segments and {@code manual} manual ones on the current cycle's past days, mornings in the contract's zone. */
    private void work(ContractTerms c, User ines, Instant now, int hour, int tracked, int manual, Random rnd, List<String> memos, String label) {
        Cycle cycle = schedule(c).containing(now);
        List<Segment> segs = new ArrayList<>();
        LocalDate first = cycle.firstDay();
        int total = tracked + manual;
        int days = Math.max(1, (int) java.time.temporal.ChronoUnit.DAYS.between(first, LocalDate.ofInstant(now, c.zone())));
        int perDay = (total + days - 1) / days;
        int made = 0;
        for (int d = 0; d < days && made < total; d++) {
            // Each retainer at its own hour of the day, so that Inês's time never overlaps across them.
            Instant start = first.plusDays(d).atTime(LocalTime.of(hour, 0)).atZone(c.zone()).toInstant();
            start = Instant.ofEpochSecond(start.getEpochSecond() / 600 * 600);
            for (int k = 0; k < perDay && made < total; k++, made++) {
                Instant at = start.plusSeconds(600L * k);
                if (!at.isBefore(now)) break;
                boolean isManual = made >= tracked;
                List<MinuteActivity> minutes = new ArrayList<>();
                if (!isManual) for (int m = 0; m < 10; m++) minutes.add(new MinuteActivity(20 + rnd.nextInt(60), 3 + rnd.nextInt(9), rnd.nextInt(5), 20 + rnd.nextInt(80)));
                segs.add(new Segment(UUID.randomUUID(), c.id(), ines.id(), at, 600, minutes, memos.get(made % memos.size()),
                        isManual ? "Meetings" : label, isManual ? Source.MANUAL : Source.TRACKED, null));
            }
        }
        db.useTransaction(tx -> tx.segments().insertAll(segs, now));
    }

    private void importCsv(ContractTerms c, User ines, Instant now, double[] hours, String project, List<String> descriptions) {
        importCsvOn(c, ines, schedule(c).containing(now).start(), hours, project, descriptions);
    }

    /** A Toggl-format export of these rows, one per day from {@code from}, imported through the real CSV import. */
    private void importCsvOn(ContractTerms c, User ines, Instant from, double[] hours, String project, List<String> descriptions) {
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
        StringBuilder csv = new StringBuilder("User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)\n");
        LocalDate d = LocalDate.ofInstant(from, c.zone());
        for (int i = 0; i < hours.length; i++) {
            long secs = Math.round(hours[i] * 3600);
            LocalTime start = LocalTime.of(8, 0);
            String day = date.format(d.plusDays(i));
            csv.append(String.join(",", "Inês Costa", EMAIL, "Client", project, "", descriptions.get(i), "Yes", day, start + ":00", day,
                    start.plusSeconds(secs) + ":00", String.format("%02d:%02d:00", secs / 3600, secs / 60 % 60), "", "0")).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        services.imports().commitLocal(c.id(), () -> new ByteArrayInputStream(bytes), ImportRequest.of("toggl-export-" + project.toLowerCase() + ".csv"));
    }

    /** Plain-language names a freelancer would give the demo's categories. */
    private static final java.util.Map<String, String> NAMES = java.util.Map.of(
            "Maintenance", "Site maintenance: plugin updates, fixes and checks",
            "Homepage", "Homepage: winter sale banners, newsletter and page speed",
            "Meetings", "Calls with the client's team",
            "Support", "Support tickets and staff accounts",
            "Helpdesk", "Helpdesk: printers, VPN and calendar sync",
            "Content", "Content: meta descriptions and recipe markup",
            "SEO", "SEO: monthly ranking report");

    /** The freelancer tidies the log before sharing it: a category's days merged into one named line, one entry hidden. */
    private void curate(ContractTerms c, User ines) {
        Viewer v = viewer(ines);
        RetainerBook book = services.retainers().book(c.id());
        var lines = book.lines(book.current().cycle());
        if (lines.isEmpty()) return;
        java.util.Map<String, List<org.hourbook.core.worklog.WorkLogLine>> byText = new java.util.LinkedHashMap<>();
        for (var l : lines) byText.computeIfAbsent(l.text(), k -> new ArrayList<>()).add(l);
        for (var group : byText.entrySet()) {
            var first = group.getValue().getFirst();
            for (var other : group.getValue().subList(1, group.getValue().size())) {
                services.workLog().curate(v, c.id(), new WorkLogService.Action("merge", other.id(), first.id(), null, null));
            }
            String name = NAMES.get(group.getKey());
            if (name != null) services.workLog().curate(v, c.id(), new WorkLogService.Action("rename", first.id(), null, null, name));
        }
        String entry = lines.getLast().entryIds().getFirst();
        services.workLog().curate(v, c.id(), new WorkLogService.Action("hide", null, null, entry, null));
    }

    private Viewer viewer(User u) {
        return new Viewer(u, db.accounts().seatsOf(u.id()), Viewer.Method.SESSION, null);
    }
}
