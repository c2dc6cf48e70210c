package org.hourbook.server.retainer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hourbook.core.retainer.CycleBalance;
import org.hourbook.core.retainer.WorkEntry;
import org.hourbook.core.worklog.WorkLog;
import org.hourbook.core.worklog.WorkLogLine;
import org.hourbook.server.auth.Viewer;

/** The freelancer's curation page: every line with the raw entries in it, and the hidden entries. */
public record LogPage(Viewer viewer, long contractId, String title, RetainerBook book, String error, String notice) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, HH:mm", Locale.ENGLISH);

    /** A line with its entries, as the page lists them. */
    public record Line(WorkLogLine line, List<WorkEntry> entries, boolean renamed) {}

    public List<Line> lines() {
        Map<String, WorkEntry> byId = byId();
        return book.lines(book.current().cycle()).stream().map(l -> new Line(l,
                l.entryIds().stream().distinct().map(byId::get).toList(), book.curation().renames().containsKey(l.id()))).toList();
    }

    public List<WorkEntry> hidden() {
        return book.entriesOf(book.current().cycle()).stream().filter(e -> book.curation().hidden().contains(e.id())).toList();
    }

    public boolean published(WorkEntry e) {
        return book.curation().published().contains(e.id());
    }

    public boolean moved(WorkEntry e) {
        return book.curation().moves().containsKey(e.id());
    }

    public boolean merged(WorkLogLine l) {
        return book.curation().merges().containsKey(l.id());
    }

    /** A line merged into another one, as it read before: what "Undo merge" brings back. */
    public record MergedIn(String lineId, LocalDate day, String text) {}

    /** The lines merged straight into {@code l}, with the text they had on their own. */
    public List<MergedIn> mergedInto(WorkLogLine l) {
        var cycle = book.current().cycle();
        Map<String, WorkLogLine> alone = new java.util.HashMap<>();
        for (WorkLogLine a : WorkLog.automatic(book.entriesOf(cycle), cycle.zone())) alone.put(a.id(), a);
        List<MergedIn> out = new java.util.ArrayList<>();
        book.curation().merges().forEach((from, into) -> {
            if (!into.equals(l.id())) return;
            WorkLogLine a = alone.get(from);
            String text = book.curation().renames().getOrDefault(from, a == null ? from : a.text());
            out.add(new MergedIn(from, a == null ? null : a.firstDay(), text));
        });
        out.sort(java.util.Comparator.comparing(MergedIn::text));
        return out;
    }

    public String when(WorkEntry e) {
        return WHEN.format(e.start().atZone(book.current().cycle().zone()));
    }

    public String hours(long seconds) {
        return CycleBalance.hours(seconds) + "h";
    }

    public String source(WorkEntry e) {
        return switch (e.source()) {
            case TRACKED -> "tracked";
            case MANUAL -> "manual";
            case IMPORTED -> "imported";
        };
    }

    /** The raw text, or a dash for an entry without one. */
    public String raw(WorkEntry e) {
        return e.description().isBlank() ? "—" : e.description();
    }

    private Map<String, WorkEntry> byId() {
        Map<String, WorkEntry> out = new LinkedHashMap<>();
        for (WorkEntry e : book.entriesOf(book.current().cycle())) out.putIfAbsent(e.id(), e);
        return out;
    }

    public String curateUrl() {
        return RetainerUrls.curate(contractId);
    }
}
