package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written fast paths of dates and durations read exactly what their regexes read. */
class FastPathPropertyTest {

    @Provide
    Arbitrary<String> dateLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789-/.").ofMinLength(8).ofMaxLength(11),
                Arbitraries.strings().withChars("0123456789").ofLength(8).map(d -> d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6)),
                Arbitraries.strings().withChars("0123456789-/.a٣").ofLength(10));
    }

    @Property(tries = 3000)
    void an_iso_shape_is_one_the_iso_pattern_matches_and_reads_the_same(@ForAll("dateLike") String t) {
        if (DateText.isoShape(t)) {
            assertThat(DateText.ISO.matcher(t).matches()).as(t).isTrue();
        } else if (DateText.ISO.matcher(t).matches()) {
            assertThat(t.length()).as("only one-digit months or days miss the fast path: " + t).isLessThan(10);
        }
    }

    @Provide
    Arbitrary<String> durationLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789.,").ofMaxLength(22),
                Arbitraries.strings().withChars("0123456789.,:h m-").ofMaxLength(12),
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(11));
    }

    @Property(tries = 3000)
    void a_decimal_is_what_the_decimal_pattern_matches_with_a_digit(@ForAll("durationLike") String t) {
        boolean regex = DurationText.DECIMAL.matcher(t).matches() && t.chars().anyMatch(Character::isDigit);
        assertThat(DurationText.isDecimal(t)).as(t).isEqualTo(regex);
    }
}
