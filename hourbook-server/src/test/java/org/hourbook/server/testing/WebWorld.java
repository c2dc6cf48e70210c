package org.hourbook.server.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.ScreenshotRef;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.Source;
import org.hourbook.server.Services;
import org.hourbook.store.Database;

/**
 * One small agency world over a {@link TestServer}, named for intent, for the page tests:
 * <pre>
 *  Northwind Studio (agency)  lead: Lena      member: Fran (freelancer)
 *  Acme Corp (client)         member: Carl
 *  "Acme website"  Fran for Acme via Northwind, 2 h weekly limit, manual time allowed, labels
 *                  today 09:00-11:00 + 13:00-13:30 UTC tracked: 15 segments, the last 3 over the limit
 *  "Acme support"  Fran for Acme, no manual time, no segments
 *  Oscar           an outsider with his own client org
 * </pre>
 * The server's clock stands at Wednesday 2026-11-18 15:00 UTC ({@link TestServer#NOW}), so the
 * edit window is open today. A test gets one by declaring a {@code WebWorld} field under
 * {@link RealServer}.
 */
public final class WebWorld {
    public static final String PASSWORD = "correct horse battery";
    public static final Instant NOW = TestServer.NOW;
    public static final String TODAY = "2026-11-18";

    public final TestServer server;
    public final Database db;
    public final Services services;
    public final User fran;
    public final User carl;
    public final User lena;
    public final User oscar;
    public final ContractTerms website;
    public final ContractTerms support;
    public final Organization acme;
    public final List<Segment> todays = new ArrayList<>();

    private WebWorld(TestServer server) {
        this.server = server;
        this.db = server.db();
        this.services = server.services();
        var accounts = db.accounts();
        var agency = accounts.createOrganization("Northwind Studio", OrgKind.AGENCY, NOW);
        acme = accounts.createOrganization("Acme Corp", OrgKind.CLIENT, NOW);
        var other = accounts.createOrganization("Globex", OrgKind.CLIENT, NOW);
        fran = user("fran@example.test", "Fran Freelancer", "Europe/London");
        carl = user("carl@example.test", "Carl Client", "America/New_York");
        lena = user("lena@example.test", "Lena Lead", "Europe/London");
        oscar = user("oscar@example.test", "Oscar Outsider", "UTC");
        accounts.putMember(agency.id(), lena.id(), Role.OWNER);
        accounts.putMember(agency.id(), fran.id(), Role.FREELANCER);
        accounts.putMember(acme.id(), carl.id(), Role.CLIENT);
        accounts.putMember(other.id(), oscar.id(), Role.OWNER);
        website = db.contracts().create(new ContractTerms(0, acme.id(), fran.id(), agency.id(), "Acme website", 4500, "USD", 2,
                true, List.of("Design", "Development", "Meetings"), null, 10, ZoneId.of("Europe/London"), null, null));
        support = db.contracts().create(new ContractTerms(0, acme.id(), fran.id(), null, "Acme support", 3000, "USD", 10,
                false, List.of("Support"), null, 10, ZoneId.of("UTC"), null, null));
        seedToday();
    }

    public static WebWorld seed(TestServer server) {
        return new WebWorld(server);
    }

    public User user(String email, String name, String zone) {
        return db.accounts().createUser(email, name, ZoneId.of(zone), services.passwords().hash(PASSWORD), NOW);
    }

    /** Another contract of Acme's with {@code freelancer}: rate in minor units, limit in hours (null: none). */
    public ContractTerms contract(String title, User freelancer, long rateMinor, Integer limitHours, boolean manual) {
        return db.contracts().create(new ContractTerms(0, acme.id(), freelancer.id(), null, title, rateMinor, "USD", limitHours,
                manual, List.of("Design"), null, 10, ZoneId.of("UTC"), null, null));
    }

    /** A client owner of Acme (may change the rate, create and close contracts). */
    public User acmeOwner() {
        User olga = user("olga@example.test", "Olga Owner", "Europe/Berlin");
        db.accounts().putMember(acme.id(), olga.id(), Role.OWNER);
        return olga;
    }

    /** {@code count} tracked 10-minute segments from {@code start}, each with full activity and a memo. */
    public List<Segment> track(ContractTerms contract, Instant start, int count) {
        List<Segment> out = new ArrayList<>();
        List<MinuteActivity> busy = java.util.Collections.nCopies(10, new MinuteActivity(30, 4, 1, 60));
        for (int i = 0; i < count; i++) {
            out.add(new Segment(UUID.randomUUID(), contract.id(), contract.freelancerId(), start.plusSeconds(600L * i), 600, busy,
                    "Integration work", null, Source.TRACKED, null));
        }
        db.segments().insertAll(out, NOW);
        return out;
    }

    private void seedToday() {
        Instant day = Instant.parse(TODAY + "T00:00:00Z");
        int n = 0;
        for (int hour : new int[] {9, 10, 13}) {
            for (int i = 0; i < (hour == 13 ? 3 : 6); i++, n++) {
                Instant start = day.plusSeconds(hour * 3600L + i * 600L);
                List<MinuteActivity> minutes = new ArrayList<>();
                for (int m = 0; m < 10; m++) minutes.add(m < 3 + (n % 8) ? new MinuteActivity(40 + m, 5, 2, 90) : MinuteActivity.NONE);
                String memo = hour == 13 ? "Footer links and QA" : "Homepage hero layout";
                todays.add(new Segment(UUID.nameUUIDFromBytes(("seg" + n).getBytes()), website.id(), fran.id(), start, 600, minutes,
                        memo, n % 4 == 0 ? "Design" : null, Source.TRACKED, screenshot(start, n)));
            }
        }
        db.segments().insertAll(todays, NOW);
    }

    private ScreenshotRef screenshot(Instant at, int n) {
        try {
            byte[] full = png(640, 400, n);
            byte[] thumb = png(160, 100, n);
            return new ScreenshotRef(services.blobs().put(full, "image/png"), services.blobs().put(thumb, "image/png"), "image/png",
                    640, 400, full.length, at.plusSeconds(120));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain picture of "an editor": a dark pane with coloured code lines. */
    private static byte[] png(int w, int h, int seed) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(30, 34, 44));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(45, 50, 64));
        g.fillRect(0, 0, w / 5, h);
        Color[] ink = {new Color(126, 200, 160), new Color(230, 190, 110), new Color(150, 180, 240), new Color(220, 120, 140)};
        int line = Math.max(4, h / 25);
        for (int y = line, i = 0; y < h - line; y += line * 3 / 2, i++) {
            g.setColor(ink[(i + seed) % ink.length]);
            int indent = w / 5 + line * (1 + (i * 7 + seed) % 4);
            g.fillRect(indent, y, (w - indent) * (30 + (i * 37 + seed * 11) % 60) / 100, line);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    public String url(String path) {
        return server.url(path);
    }
}
