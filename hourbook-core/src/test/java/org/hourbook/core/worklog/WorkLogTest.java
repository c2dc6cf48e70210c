package org.hourbook.core.worklog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hourbook.core.retainer.EntrySource;
import org.hourbook.core.retainer.WorkEntry;
import org.junit.jupiter.api.Test;

class WorkLogTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate MON = LocalDate.of(2026, 6, 1);
    static final LocalDate TUE = MON.plusDays(1);

    static WorkEntry entry(String id, String isoStart, long minutes, String category, String raw) {
        return new WorkEntry(id, Instant.parse(isoStart), minutes * 60, EntrySource.IMPORTED, category, raw);
    }

    final WorkEntry hero = entry("e1", "2026-06-01T07:00:00Z", 60, "Design", "fix hero spacing");
    final WorkEntry toggl = entry("e2", "2026-06-01T12:00:00Z", 60, "design ", "toggl_entry_1847382: design 2h 14m");
    final WorkEntry call = entry("e3", "2026-06-01T14:00:00Z", 30, "Calls", "weekly w/ Anna re: budget");
    final WorkEntry lateNight = entry("e4", "2026-06-01T22:30:00Z", 60, "Design", "nav on phones");
    final List<WorkEntry> entries = List.of(lateNight, call, toggl, hero);

    @Test
    void until_curated_lines_group_entries_by_local_day_and_category_without_raw_text() {
        List<WorkLogLine> lines = WorkLog.automatic(entries, BERLIN);

        assertThat(lines).extracting(WorkLogLine::display).containsExactly("Design — 2h", "Calls — 0.5h", "Design — 1h");
        assertThat(lines).extracting(WorkLogLine::firstDay).containsExactly(MON, MON, TUE);
        assertThat(lines.getFirst().entryIds()).containsExactly("e1", "e2");
        assertThat(lines.getFirst().id()).isEqualTo(WorkLog.automaticLineId(MON, "Design"));
        for (WorkEntry e : entries) assertThat(lines).noneMatch(l -> l.display().contains(e.description()));
    }

    @Test
    void entries_without_a_category_are_other_work() {
        List<WorkLogLine> lines = WorkLog.automatic(List.of(entry("e1", "2026-06-01T07:00:00Z", 90, null, "secret")), BERLIN);
        assertThat(lines).extracting(WorkLogLine::display).containsExactly("Other work — 1.5h");
    }

    @Test
    void a_renamed_line_keeps_its_rename_when_more_time_arrives() {
        String mondayDesign = WorkLog.automaticLineId(MON, "Design");
        Curation c = Curation.NONE.rename(mondayDesign, "Homepage redesign");
        List<WorkEntry> more = new java.util.ArrayList<>(entries);
        more.add(entry("e9", "2026-06-01T16:00:00Z", 30, "Design", "later work"));

        assertThat(WorkLog.lines(more, BERLIN, c).getFirst().display()).isEqualTo("Homepage redesign — 2.5h");
    }

    @Test
    void merged_lines_become_one_line_with_the_target_text() {
        Curation c = Curation.NONE.merge(WorkLog.automaticLineId(MON, "Calls"), WorkLog.automaticLineId(MON, "Design"));
        assertThat(WorkLog.lines(entries, BERLIN, c)).extracting(WorkLogLine::display).containsExactly("Design — 2.5h", "Design — 1h");
    }

    @Test
    void a_line_merged_across_days_runs_from_its_first_to_its_last_day() {
        Curation c = Curation.NONE.merge(WorkLog.automaticLineId(TUE, "Design"), WorkLog.automaticLineId(MON, "Design"));
        WorkLogLine design = WorkLog.lines(entries, BERLIN, c).getFirst();
        assertThat(design.firstDay()).isEqualTo(MON);
        assertThat(design.lastDay()).isEqualTo(TUE);
        assertThat(design.seconds()).isEqualTo(3 * 3600);
    }

    @Test
    void a_moved_entry_leaves_its_line_for_another_or_a_new_one() {
        Curation toCalls = Curation.NONE.move("e2", WorkLog.automaticLineId(MON, "Calls"));
        assertThat(WorkLog.lines(entries, BERLIN, toCalls)).extracting(WorkLogLine::display)
                .containsExactly("Design — 1h", "Calls — 1.5h", "Design — 1h");

        Curation toNew = Curation.NONE.move("e2", "custom:launch").rename("custom:launch", "Launch prep");
        assertThat(WorkLog.lines(entries, BERLIN, toNew)).extracting(WorkLogLine::display)
                .containsExactly("Design — 1h", "Launch prep — 1h", "Calls — 0.5h", "Design — 1h");
        assertThat(WorkLog.lines(entries, BERLIN, toNew.unmove("e2")).getFirst().display()).isEqualTo("Design — 2h");
    }

    @Test
    void a_hidden_entry_is_in_no_line_and_an_emptied_line_disappears() {
        Curation c = Curation.NONE.hide("e3").hide("e2").publish("e3");
        List<WorkLogLine> lines = WorkLog.lines(entries, BERLIN, c);
        assertThat(lines).extracting(WorkLogLine::display).containsExactly("Design — 1h", "Design — 1h");
        assertThat(lines).flatExtracting(WorkLogLine::entryIds).doesNotContain("e2", "e3");
        assertThat(WorkLog.lines(entries, BERLIN, c.unhide("e3"))).hasSize(3);
    }

    @Test
    void a_published_description_is_shown_as_is_after_the_line_text() {
        Curation c = Curation.NONE.publish("e1").rename(WorkLog.automaticLineId(MON, "Design"), "Homepage redesign");
        List<WorkLogLine> lines = WorkLog.lines(entries, BERLIN, c);
        assertThat(lines.getFirst().display()).isEqualTo("Homepage redesign: fix hero spacing — 2h");
        assertThat(lines.getFirst().text()).doesNotContain(toggl.description());
        assertThat(WorkLog.lines(entries, BERLIN, c.unpublish("e1")).getFirst().text()).isEqualTo("Homepage redesign");
    }

    @Test
    void the_same_published_description_on_several_entries_is_shown_once() {
        List<WorkEntry> slots = List.of(entry("s1", "2026-06-01T07:00:00Z", 10, "Development", "Checkout page"),
                entry("s2", "2026-06-01T07:10:00Z", 10, "Development", "Checkout page"));
        Curation c = Curation.NONE.publish("s1").publish("s2");
        assertThat(WorkLog.lines(slots, BERLIN, c)).extracting(WorkLogLine::text).containsExactly("Development: Checkout page");
    }

    @Test
    void a_loop_of_merges_is_one_line() {
        String a = WorkLog.automaticLineId(MON, "Calls");
        String b = WorkLog.automaticLineId(MON, "Design");
        Curation c = Curation.NONE.merge(a, b).merge(b, a);
        assertThat(c.resolve(a)).isEqualTo(c.resolve(b));
        assertThat(WorkLog.lines(entries, BERLIN, c)).hasSize(2);
        assertThat(c.merge(a, a).resolve(a)).isEqualTo(a);
    }

    @Test
    void curation_never_changes_the_value_it_was_made_from() {
        Curation before = Curation.NONE.hide("e1");
        before.publish("e1").move("e1", "x").rename("x", "y").merge("x", "z");
        assertThat(before).isEqualTo(Curation.NONE.hide("e1"));
    }
}
