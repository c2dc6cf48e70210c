package org.hourbook.core.worklog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The freelancer's edits on top of the automatic work log, kept as a state (not a script) so that
 * time arriving later slots in: a new entry lands in its automatic line, and that line's rename or
 * merge applies to it too. Every method returns a new value; nothing is changed in place.
 * <pre>
 *  automatic        Mon/Design  Mon/Calls  Tue/Design         entries e1..e5
 *  merge            Mon/Calls -> Mon/Design
 *  move             e5 -> "custom:launch"
 *  rename           Mon/Design = "Homepage redesign"
 *  hide / publish   e2 hidden; e1's raw description published: "Homepage redesign: mobile layout"
 * </pre>
 *
 * @param renames   line id to the text the freelancer gave it
 * @param merges    line id to the line it was merged into (chains are followed)
 * @param moves     entry id to the line it was moved to (any line id, also a new custom one)
 * @param hidden    entries left out of the log altogether
 * @param published entries whose raw description is shown as is
 */
public record Curation(Map<String, String> renames, Map<String, String> merges, Map<String, String> moves,
                       Set<String> hidden, Set<String> published) {

    public static final Curation NONE = new Curation(Map.of(), Map.of(), Map.of(), Set.of(), Set.of());

    public Curation {
        renames = Map.copyOf(renames);
        merges = Map.copyOf(merges);
        moves = Map.copyOf(moves);
        hidden = Set.copyOf(hidden);
        published = Set.copyOf(published);
    }

    public Curation rename(String lineId, String text) {
        return new Curation(put(renames, lineId, Objects.requireNonNull(text).strip()), merges, moves, hidden, published);
    }

    /** Undoes a rename: the line reads as its category again. */
    public Curation clearRename(String lineId) {
        return new Curation(remove(renames, lineId), merges, moves, hidden, published);
    }

    /** Puts every entry of {@code fromLine} into {@code intoLine}; merging a line into itself undoes its merge. */
    public Curation merge(String fromLine, String intoLine) {
        return new Curation(renames, fromLine.equals(intoLine) ? remove(merges, fromLine) : put(merges, fromLine, intoLine), moves, hidden, published);
    }

    public Curation move(String entryId, String toLine) {
        return new Curation(renames, merges, put(moves, entryId, toLine), hidden, published);
    }

    /** Sends an entry back to its automatic line. */
    public Curation unmove(String entryId) {
        return new Curation(renames, merges, remove(moves, entryId), hidden, published);
    }

    public Curation hide(String entryId) {
        return new Curation(renames, merges, moves, add(hidden, entryId), published);
    }

    public Curation unhide(String entryId) {
        return new Curation(renames, merges, moves, drop(hidden, entryId), published);
    }

    public Curation publish(String entryId) {
        return new Curation(renames, merges, moves, hidden, add(published, entryId));
    }

    public Curation unpublish(String entryId) {
        return new Curation(renames, merges, moves, hidden, drop(published, entryId));
    }

    /**
     * The line an entry ends up in: its move target or automatic line, then along merges. A loop
     * of merges (A into B, B into A) resolves to the smallest id in it, so the loop is one line.
     */
    public String lineOf(String entryId, String automaticLine) {
        return resolve(moves.getOrDefault(entryId, automaticLine));
    }

    /** Where {@code lineId} ends up after merges. */
    public String resolve(String lineId) {
        List<String> path = new ArrayList<>();
        String at = lineId;
        while (at != null && !path.contains(at)) {
            path.add(at);
            at = merges.get(at);
        }
        if (at == null) return path.getLast();
        List<String> loop = path.subList(path.indexOf(at), path.size());
        return loop.stream().min(String::compareTo).orElseThrow();
    }

    private static Map<String, String> put(Map<String, String> m, String k, String v) {
        Map<String, String> out = new HashMap<>(m);
        out.put(Objects.requireNonNull(k), Objects.requireNonNull(v));
        return out;
    }

    private static Map<String, String> remove(Map<String, String> m, String k) {
        Map<String, String> out = new HashMap<>(m);
        out.remove(k);
        return out;
    }

    private static Set<String> add(Set<String> s, String v) {
        Set<String> out = new HashSet<>(s);
        out.add(Objects.requireNonNull(v));
        return out;
    }

    private static Set<String> drop(Set<String> s, String v) {
        Set<String> out = new HashSet<>(s);
        out.remove(v);
        return out;
    }
}
