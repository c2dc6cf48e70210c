package org.hourbook.server.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.hourbook.core.access.ContractAccess;
import org.hourbook.core.account.User;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.diary.DiaryDay;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.Source;
import org.hourbook.core.week.BillingWeek;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.contract.Visible;
import org.hourbook.server.diary.DiaryService.Permissions;
import org.hourbook.server.web.Fmt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiaryLayoutTest {
    static final ContractTerms TERMS = new ContractTerms(7, 1, 2, null, "Site", 5000, "EUR", 1, true,
            List.of("Design"), null, 10, null, null, null);
    static final Permissions ALL = new Permissions(true, true, true, true, null);

    static Viewer viewer(String zone) {
        return new Viewer(new User(2, "fran@example.test", "Fran", ZoneId.of(zone)), List.of(), Viewer.Method.SESSION, "csrf");
    }

    static Segment segment(String start, Source source, int activeMinutes) {
        List<MinuteActivity> minutes = source == Source.MANUAL ? List.of()
                : java.util.stream.IntStream.range(0, 10).mapToObj(i -> i < activeMinutes ? new MinuteActivity(1, 0, 0, 0) : MinuteActivity.NONE).toList();
        return new Segment(UUID.randomUUID(), 7, 2, Instant.parse(start), 600, minutes, "memo", null, source, null);
    }

    static DiaryPage page(String zone, LocalDate date, List<Segment> segments, Set<UUID> over, long weekSeconds, Long remaining) {
        Visible contract = new Visible(TERMS, ContractAccess.of(2, List.of(), TERMS).orElseThrow());
        var day = new DiaryService.Day(contract, DiaryDay.layout(date, ZoneId.of(zone), segments), ZoneId.of(zone), over,
                BillingWeek.containing(date), weekSeconds, weekSeconds, remaining == null ? OptionalLong.empty() : OptionalLong.of(remaining),
                ALL);
        // Noon of the shown day: it is today, as these layouts were written for.
        return DiaryLayout.page(viewer(zone), day, new ContractService.Parties("Acme", "Fran"), false, null,
                date.atTime(12, 0).atZone(ZoneId.of(zone)).toInstant());
    }

    @ParameterizedTest(name = "{0} on {1} has {2} hour rows")
    @CsvSource({
            "Europe/London,    2026-11-18, 24",
            "Europe/London,    2026-03-29, 23",
            "Europe/London,    2026-10-25, 25",
            "America/New_York, 2026-11-01, 25",
            "Asia/Kathmandu,   2026-11-18, 24"})
    void a_day_has_one_row_per_hour_of_the_shown_zone(String zone, LocalDate date, int rows) {
        assertThat(page(zone, date, List.of(), Set.of(), 0, null).hours()).hasSize(rows);
    }

    @Test
    void cards_show_local_ranges_activity_bars_and_marks() {
        Segment tracked = segment("2026-11-18T09:00:00Z", Source.TRACKED, 7);
        Segment manual = segment("2026-11-18T09:10:00Z", Source.MANUAL, 0);
        DiaryPage p = page("Asia/Kolkata", LocalDate.of(2026, 11, 18), List.of(tracked, manual), Set.of(manual.id()), 1200, 2400L);

        var cards = p.hours().stream().flatMap(h -> h.slots().stream()).filter(c -> !c.empty()).toList();
        assertThat(cards).extracting(DiaryPage.Card::range).containsExactly("14:30–14:40", "14:40–14:50");
        assertThat(cards.get(0).bars()).isEqualTo(7);
        assertThat(cards.get(0).manual()).isFalse();
        assertThat(cards.get(1).manual()).isTrue();
        assertThat(cards.get(1).overLimit()).isTrue();
        assertThat(p.dayTotal()).isEqualTo("0:20 h (0:10 h over limit)");
        assertThat(p.hours().stream().filter(h -> !h.idle()).map(h -> h.label() + " " + h.total())).containsExactly("14:00 0:20 h");
    }

    @Test
    void on_the_night_clocks_go_back_rows_and_cards_of_the_repeated_hour_name_their_zone() {
        Segment daylight = segment("2026-11-01T05:00:00Z", Source.TRACKED, 5);
        Segment standard = segment("2026-11-01T06:00:00Z", Source.TRACKED, 5);
        DiaryPage p = page("America/New_York", LocalDate.of(2026, 11, 1), List.of(daylight, standard), Set.of(), 1200, null);

        assertThat(p.hours().stream().filter(h -> !h.idle()).map(DiaryPage.HourRow::label)).containsExactly("01:00 EDT", "01:00 EST");
        var cards = p.hours().stream().flatMap(h -> h.slots().stream()).filter(c -> !c.empty()).toList();
        assertThat(cards).extracting(DiaryPage.Card::range).containsExactly("01:00–01:10 EDT", "01:00–01:10 EST");
        assertThat(p.hours().stream().map(DiaryPage.HourRow::anchor)).doesNotHaveDuplicates();
    }

    @Test
    void the_limit_line_says_hours_left_or_how_far_over() {
        LocalDate day = LocalDate.of(2026, 11, 18);
        assertThat(page("UTC", day, List.of(), Set.of(), 1800, 1800L).limitLine()).isEqualTo("0:30 h left of 1 h");
        DiaryPage over = page("UTC", day, List.of(), Set.of(), 5400, 0L);
        assertThat(over.limitLine()).isEqualTo("0:30 h over the 1 h limit");
        assertThat(over.weekOverLimit()).isTrue();
    }

    @ParameterizedTest(name = "{0} s is {1}")
    @CsvSource({"0, 0:00 h", "600, 0:10 h", "9000, 2:30 h", "97200, 27:00 h", "-1800, -0:30 h"})
    void hours_read_as_hours_and_minutes(long seconds, String text) {
        assertThat(Fmt.hours(seconds)).isEqualTo(text);
    }

    @Test
    void money_shows_minor_units_with_the_currency() {
        assertThat(Fmt.money(22500, "USD")).isEqualTo("225.00 USD");
    }
}
