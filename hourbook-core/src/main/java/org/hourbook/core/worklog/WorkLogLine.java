package org.hourbook.core.worklog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hourbook.core.retainer.CycleBalance;

/**
 * One line of the client's work log: "Design — 2h". Its text is the line's category, the
 * freelancer's rename, and any raw descriptions the freelancer published; never anything else.
 *
 * @param id       stable across reloads, so the freelancer's curation can refer to it
 * @param firstDay the local day of its earliest entry (in the contract's zone); a line that
 *                 merges several days runs to {@code lastDay}
 * @param entryIds the entries it adds up, for the freelancer's curation page only: the public page
 *                 and its JSON show {@code firstDay}, {@code text} and {@code seconds}
 */
public record WorkLogLine(String id, LocalDate firstDay, LocalDate lastDay, String text, long seconds, List<String> entryIds) {

    public WorkLogLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        entryIds = List.copyOf(entryIds);
    }

    /** "2h", "1.5h", "0.25h". */
    public String hours() {
        return CycleBalance.hours(seconds) + "h";
    }

    /** The line as the client reads it: "Design — 2h". */
    public String display() {
        return text + " — " + hours();
    }
}
