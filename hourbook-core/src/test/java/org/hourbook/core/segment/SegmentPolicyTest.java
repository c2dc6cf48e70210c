package org.hourbook.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.Fixtures.at;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.hourbook.core.Fixtures;
import org.hourbook.core.policy.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentPolicyTest {
    static final Instant NINE = at("2026-11-16T09:00:00Z");

    static String codeOf(Decision d) {
        return d instanceof Decision.Rejected r ? r.violation().code() : "accepted";
    }

    static String fieldOf(Decision d) {
        return d instanceof Decision.Rejected r ? r.violation().field() : null;
    }

    static Segment segment(Instant start, int tracked, List<MinuteActivity> minutes, String memo, Source source) {
        return new Segment(UUID.randomUUID(), 1, 1, start, tracked, minutes, memo, null, source, null);
    }

    @Test
    void a_full_tracked_segment_is_accepted() {
        assertThat(SegmentPolicy.validate(Fixtures.tracked(NINE)).isAccepted()).isTrue();
    }

    @ParameterizedTest(name = "start {0} -> {1}")
    @CsvSource(textBlock = """
            # start,                      outcome
              2026-11-16T09:00:00Z,        accepted
              2026-11-16T09:10:00Z,        accepted
              2026-11-16T09:00:00.001Z,    segment.misaligned
              2026-11-16T08:59:59.999Z,    segment.misaligned
              2026-11-16T09:05:00Z,        segment.misaligned
              2026-11-16T09:00:01Z,        segment.misaligned
            """)
    void a_segment_starts_on_the_utc_grid(String start, String outcome) {
        Decision d = SegmentPolicy.validate(segment(Instant.parse(start), 600, List.of(), "m", Source.TRACKED));
        assertThat(codeOf(d)).isEqualTo(outcome);
        if (!d.isAccepted()) assertThat(fieldOf(d)).isEqualTo("start");
    }

    @ParameterizedTest(name = "{0} tracked seconds -> {1}")
    @CsvSource(textBlock = """
            # tracked, outcome
              0,       segment.tracked_seconds
              1,       accepted
              600,     accepted
              601,     segment.tracked_seconds
              -1,      segment.tracked_seconds
            """)
    void tracked_seconds_are_between_1_and_600(int tracked, String outcome) {
        Decision d = SegmentPolicy.validate(segment(NINE, tracked, List.of(), "m", Source.TRACKED));
        assertThat(codeOf(d)).isEqualTo(outcome);
        if (!d.isAccepted()) assertThat(fieldOf(d)).isEqualTo("trackedSeconds");
    }

    @ParameterizedTest(name = "{0} minute entries -> {1}")
    @CsvSource(textBlock = """
            # entries, outcome
              0,       accepted
              10,      accepted
              11,      segment.minutes
            """)
    void a_segment_has_at_most_ten_minutes_of_counts(int entries, String outcome) {
        Decision d = SegmentPolicy.validate(segment(NINE, 600, Collections.nCopies(entries, Fixtures.TYPING), "m", Source.TRACKED));
        assertThat(codeOf(d)).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "memo of {0} characters -> {1}")
    @CsvSource(textBlock = """
            # length, outcome
              0,      segment.memo_required
              1,      accepted
              1000,   accepted
              1001,   segment.memo_too_long
            """)
    void a_memo_has_at_most_a_thousand_characters(int length, String outcome) {
        Decision d = SegmentPolicy.validate(segment(NINE, 600, List.of(), "x".repeat(length), Source.TRACKED));
        assertThat(codeOf(d)).isEqualTo(outcome);
        if (!d.isAccepted()) assertThat(fieldOf(d)).isEqualTo("memo");
    }

    @ParameterizedTest(name = "memo \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # memo        | outcome
              '   '       | segment.memo_required
              '\\t \\n'  | segment.memo_required
              ' fix bug ' | accepted
            """)
    void a_tracked_segment_needs_a_memo_that_is_not_blank(String memo, String outcome) {
        Decision d = SegmentPolicy.validate(segment(NINE, 600, List.of(), memo.translateEscapes(), Source.TRACKED));
        assertThat(codeOf(d)).isEqualTo(outcome);
        if (!d.isAccepted()) assertThat(fieldOf(d)).isEqualTo("memo");
    }

    @ParameterizedTest(name = "memo {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # memo ({U+XXXX} is that UTF-16 unit) | outcome
              'Fix login{U+0000}'                 | segment.unreadable
              'bell {U+0007} here'                | segment.unreadable
              'C1 {U+0085} control'               | segment.unreadable
              'half {U+D83D} emoji'               | segment.unreadable
              'tail {U+DE00}'                     | segment.unreadable
              'Fixed bug {U+202E}gnp.exe'         | segment.unreadable
              'isolate {U+2066}x{U+2069}'         | segment.unreadable
              'emoji {U+D83D}{U+DE00} fine'       | accepted
              'Straße, 日本語, עברית'             | accepted
              'two{U+000A}lines{U+0009}and a tab' | accepted
            """)
    void a_memo_holds_only_text_that_reads_as_it_is(String memo, String outcome) {
        Decision d = SegmentPolicy.validate(segment(NINE, 600, List.of(), units(memo), Source.TRACKED));
        assertThat(codeOf(d)).isEqualTo(outcome);
        if (!d.isAccepted()) assertThat(fieldOf(d)).isEqualTo("memo");
    }

    /** {@code {U+202E}} → that UTF-16 unit: the table can name characters a source file should not hold. */
    private static String units(String text) {
        return java.util.regex.Pattern.compile("\\{U\\+([0-9A-F]{4})}").matcher(text)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    @Test
    void an_unreadable_memo_says_what_and_where_in_words() {
        Decision d = SegmentPolicy.validate(segment(NINE, 600, List.of(), units("Fixed bug {U+202E}gnp.exe"), Source.TRACKED));
        assertThat(((Decision.Rejected) d).violation().message())
                .isEqualTo("The memo contains a text-direction override (U+202E), which can make it read as something else at character 11; remove it.");
    }

    @ParameterizedTest(name = "{0} s tracked, {1} active of {2} minute entries -> {3} active minutes counted")
    @CsvSource(textBlock = """
            # tracked, active, entries, counted
              120,     2,      2,       2
              120,     3,      3,       2
              120,     4,      4,       2
              120,     10,     10,      2
              120,     2,      10,      2
              1,       2,      10,      1
              1,       3,      3,       1
              295,     7,      10,      5
              540,     10,     10,      9
              600,     10,     10,      10
            """)
    void input_in_more_minutes_than_were_tracked_is_kept_and_counts_only_the_tracked_minutes(int tracked, int active, int entries,
            int counted) {
        // A slot's tracking split by discarded idle time or a stop and start touches more clock minutes than its seconds fill.
        List<MinuteActivity> minutes = new java.util.ArrayList<>(Collections.nCopies(active, Fixtures.TYPING));
        minutes.addAll(Collections.nCopies(entries - active, MinuteActivity.NONE));
        Segment s = segment(NINE, tracked, minutes, "m", Source.TRACKED);
        assertThat(SegmentPolicy.validate(s).isAccepted()).as("no tracked time is refused for it").isTrue();
        assertThat(org.hourbook.core.activity.ActivityLevel.activeMinutes(s)).as("never more active than tracked").isEqualTo(counted);
    }

    @Test
    void memo_length_counts_characters_not_utf16_units() {
        String thousandEmoji = "\uD83D\uDE80".repeat(1000);
        assertThat(SegmentPolicy.validate(segment(NINE, 600, List.of(), thousandEmoji, Source.TRACKED)).isAccepted()).isTrue();
    }

    @Test
    void manual_time_carries_no_activity_counts() {
        Decision d = SegmentPolicy.validate(segment(NINE, 600, List.of(MinuteActivity.NONE), "call", Source.MANUAL));
        assertThat(codeOf(d)).isEqualTo("segment.manual_minutes");
        assertThat(fieldOf(d)).isEqualTo("minutes");
        assertThat(SegmentPolicy.validate(Fixtures.manual(NINE)).isAccepted()).isTrue();
    }

    @Test
    void the_first_broken_rule_is_reported() {
        Decision d = SegmentPolicy.validate(segment(NINE.plusSeconds(1), 0, List.of(), "", Source.TRACKED));
        assertThat(codeOf(d)).isEqualTo("segment.misaligned");
    }
}
