package org.hourbook.server.retainer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hourbook.core.retainer.CycleBalance;
import org.hourbook.core.retainer.RetainerTerms;
import org.hourbook.core.retainer.WorkEntry;
import org.hourbook.core.week.Hours;
import org.hourbook.core.worklog.WorkLogLine;
import org.hourbook.store.retainer.RetainerLink;

/** The retainer API's answers, built from the book; raw text only in the freelancer's log. */
final class RetainerJson {
    private RetainerJson() {}

    static Map<String, Object> detail(RetainerService.Seen s, RetainerBook book) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("contractId", s.id());
        RetainerTerms inForce = book.schedule().termsFor(book.current().cycle());
        m.put("terms", RetainerTermsInput.spec(inForce, s.retainer().alertClient()));
        RetainerTerms latest = s.retainer().terms();
        m.put("nextTerms", latest.equals(inForce) ? null : Map.of("terms", RetainerTermsInput.spec(latest, s.retainer().alertClient()),
                "from", book.current().cycle().resetsOn()));
        m.put("status", book.status(book.now()));
        return m;
    }

    /** The freelancer's view of the log: every line with its entries, and the hidden entries. */
    static Map<String, Object> log(RetainerBook book) {
        CycleBalance current = book.current();
        List<WorkEntry> entries = book.entriesOf(current.cycle());
        Map<String, WorkEntry> byId = new LinkedHashMap<>();
        for (WorkEntry e : entries) byId.putIfAbsent(e.id(), e);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (WorkLogLine l : book.lines(current.cycle())) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", l.id());
            line.put("day", l.firstDay());
            line.put("lastDay", l.lastDay());
            line.put("text", l.text());
            line.put("hours", Hours.decimal(l.seconds()));
            line.put("renamed", book.curation().renames().containsKey(l.id()));
            line.put("entries", l.entryIds().stream().distinct().map(byId::get).map(e -> entry(e, book)).toList());
            lines.add(line);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cycleStart", current.cycle().firstDay());
        m.put("lines", lines);
        m.put("hidden", entries.stream().filter(e -> book.curation().hidden().contains(e.id())).map(e -> entry(e, book)).toList());
        return m;
    }

    private static Map<String, Object> entry(WorkEntry e, RetainerBook book) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("start", e.start());
        m.put("hours", Hours.decimal(e.seconds()));
        m.put("source", e.source().name());
        m.put("category", e.category());
        m.put("description", e.description());
        m.put("published", book.curation().published().contains(e.id()));
        m.put("moved", book.curation().moves().containsKey(e.id()));
        return m;
    }

    static Map<String, Object> link(RetainerLink l, String url) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("note", l.note());
        m.put("createdAt", l.createdAt());
        m.put("lastOpenedAt", l.lastOpenedAt());
        m.put("revokedAt", l.revokedAt());
        if (url != null) m.put("url", url);
        return m;
    }
}
