package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class DurationTextPropertyTest {

    static long seconds(String text) {
        return ((Parsed.Ok<Long>) DurationText.parse(text)).value();
    }

    static String code(String text) {
        return DurationText.parse(text) instanceof Parsed.Bad<Long> b ? b.code() : "ok";
    }

    @Property(tries = 1000)
    void every_clock_form_reads_back_to_its_seconds(@ForAll @LongRange(min = 0, max = 86_400) long s) {
        assertThat(seconds(String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60))).isEqualTo(s);
        assertThat(seconds(String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60))).isEqualTo(s);
        assertThat(seconds(s / 3600 + "h " + s / 60 % 60 + "m " + s % 60 + "s")).isEqualTo(s);
        assertThat(seconds(s / 60 + " min " + s % 60 + " sec")).isEqualTo(s);
    }

    @Property(tries = 1000)
    void whole_minutes_read_back_in_every_minute_form(@ForAll @IntRange(min = 0, max = 1440) int minutes) {
        long s = minutes * 60L;
        assertThat(seconds(minutes / 60 + ":" + String.format("%02d", minutes % 60))).isEqualTo(s);
        assertThat(seconds(minutes + " min")).isEqualTo(s);
        assertThat(seconds(minutes + "m")).isEqualTo(s);
        assertThat(seconds(minutes / 60 + "h " + minutes % 60 + "m")).isEqualTo(s);
        assertThat(seconds(minutes / 60 + "h" + minutes % 60 + "m")).isEqualTo(s);
    }

    @Property(tries = 1000)
    void decimal_hours_read_back_with_a_point_or_a_comma(@ForAll @IntRange(min = 0, max = 2400) int hundredths) {
        String decimal = BigDecimal.valueOf(hundredths, 2).toPlainString();
        long s = hundredths * 36L;
        assertThat(seconds(decimal)).isEqualTo(s);
        assertThat(seconds(decimal.replace('.', ','))).isEqualTo(s);
        assertThat(seconds(decimal + "h")).isEqualTo(s);
    }

    @Property(tries = 500)
    void any_positive_duration_with_a_minus_is_negative_and_beyond_a_day_is_too_long(
            @ForAll @LongRange(min = 1, max = 86_400) long s, @ForAll @LongRange(min = 86_401, max = 3_600_000) long tooLong) {
        assertThat(code("-" + String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60))).isEqualTo("duration.negative");
        assertThat(code("-" + s + "s")).isEqualTo("duration.negative");
        assertThat(code(String.format("%d:%02d:%02d", tooLong / 3600, tooLong / 60 % 60, tooLong % 60))).isEqualTo("duration.over_24h");
        assertThat(code(tooLong + " seconds")).isEqualTo("duration.over_24h");
    }
}
