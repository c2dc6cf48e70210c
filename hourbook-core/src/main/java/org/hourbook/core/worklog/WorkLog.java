package org.hourbook.core.worklog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hourbook.core.retainer.WorkEntry;

/**
 * The client's work log of one cycle, made from raw entries: by default one line per local day
 * (contract zone) and category with its hours; the freelancer's {@link Curation} on top. A line's
 * text comes from the category, a rename, or a published description — never from raw text that
 * was not published, and a hidden entry is in no line at all.
 * <pre>
 *  entries (Europe/Berlin)                      automatic lines
 *  Mon 09:00 Design  "fix hero spacing"  1h     Mon  Design — 2h
 *  Mon 14:00 Design  "toggl_1847382"     1h     Mon  Calls — 0.5h
 *  Mon 16:00 Calls   "weekly w/ Anna"  0.5h     Tue  Design — 1h
 *  Tue 00:30 Design  "..."               1h     (Tue 00:30 Berlin is Mon 23:30Z: the local day counts)
 * </pre>
 * An entry belongs to the local day it starts on; pass the cycle's parts of entries
 * ({@code CycleSplit.within}) so that time across a cycle boundary is in each cycle's log once.
 */
public final class WorkLog {
    /** The text of a line whose entries have no category. */
    public static final String UNCATEGORIZED = "Other work";
    private static final String AUTO = "auto:";

    private WorkLog() {}

    /** The id of the automatic line for {@code category} on {@code day}; case and spacing do not split lines. */
    public static String automaticLineId(LocalDate day, String category) {
        return AUTO + day + ":" + normalize(category);
    }

    public static List<WorkLogLine> automatic(List<WorkEntry> entries, ZoneId zone) {
        return lines(entries, zone, Curation.NONE);
    }

    /** The curated lines, ordered by first day, then by their earliest entry. Lines of no time are left out. */
    public static List<WorkLogLine> lines(List<WorkEntry> entries, ZoneId zone, Curation curation) {
        List<WorkEntry> inOrder = entries.stream()
                .sorted(Comparator.comparing(WorkEntry::start).thenComparing(WorkEntry::id)).toList();
        Map<String, List<WorkEntry>> byLine = new LinkedHashMap<>();
        Map<String, String> categoryOfAutomaticLine = new LinkedHashMap<>();
        for (WorkEntry e : inOrder) {
            String auto = automaticLineId(day(e, zone), e.category());
            categoryOfAutomaticLine.putIfAbsent(auto, e.category());
            if (curation.hidden().contains(e.id())) continue;
            byLine.computeIfAbsent(curation.lineOf(e.id(), auto), k -> new ArrayList<>()).add(e);
        }
        List<WorkLogLine> out = new ArrayList<>();
        byLine.forEach((id, members) -> {
            long seconds = members.stream().mapToLong(WorkEntry::seconds).sum();
            if (seconds == 0) return;
            String base = curation.renames().getOrDefault(id, categoryOfAutomaticLine.getOrDefault(id, members.getFirst().category()));
            out.add(new WorkLogLine(id, day(members.getFirst(), zone), members.stream().map(e -> day(e, zone)).max(LocalDate::compareTo).orElseThrow(),
                    text(base, members, curation), seconds, members.stream().map(WorkEntry::id).toList()));
        });
        return out;
    }

    /** "Category", or "Category: published description; another one". */
    private static String text(String base, List<WorkEntry> members, Curation curation) {
        String head = base.isBlank() ? UNCATEGORIZED : base.strip();
        Set<String> published = new LinkedHashSet<>();
        for (WorkEntry e : members) {
            if (curation.published().contains(e.id()) && !e.description().isBlank()) published.add(e.description().strip());
        }
        return published.isEmpty() ? head : head + ": " + String.join("; ", published);
    }

    private static LocalDate day(WorkEntry e, ZoneId zone) {
        return LocalDate.ofInstant(e.start(), zone);
    }

    private static String normalize(String category) {
        return String.join(" ", category.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
