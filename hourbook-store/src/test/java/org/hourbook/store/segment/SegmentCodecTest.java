package org.hourbook.store.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.Segment;
import org.hourbook.store.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SegmentCodecTest {

    @Property
    void minutes_survive_encoding(@ForAll @Size(max = 10) List<@IntRange(max = 100_000) Integer> counts) {
        List<MinuteActivity> minutes = counts.stream().map(c -> new MinuteActivity(c, c / 2, c / 3, c * 7)).toList();

        assertThat(SegmentCodec.decodeMinutes(SegmentCodec.encodeMinutes(minutes))).isEqualTo(minutes);
    }

    @Test
    void a_damaged_minutes_column_is_an_error_not_other_counts() {
        for (String bad : List.of("1.2.3", "1.2.3.4,", "1..3.4", "1.2.3.4.5", "1.2.x.4", "1.2.3.99999999999")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SegmentCodec.decodeMinutes(bad)).as(bad)
                    .isInstanceOf(RuntimeException.class);
        }
    }


    @Test
    void the_content_hash_ignores_the_screenshot_but_not_the_memo() {
        Segment s = Fixtures.tracked(Fixtures.terms(1, 2, null), Fixtures.SLOT, "memo");

        assertThat(SegmentCodec.contentHash(s.withScreenshot(SegmentRepositoryIT.SHOT))).isEqualTo(SegmentCodec.contentHash(s));
        assertThat(SegmentCodec.contentHash(s.withMemo("memo2"))).isNotEqualTo(SegmentCodec.contentHash(s));
    }

    @Test
    void field_boundaries_cannot_be_shifted_to_forge_the_same_hash() {
        Segment s = Fixtures.tracked(Fixtures.terms(1, 2, null), Fixtures.SLOT, "ab");
        Segment shifted = s.withMemo("a").withLabel("b" + s.label());

        assertThat(SegmentCodec.contentHash(shifted)).isNotEqualTo(SegmentCodec.contentHash(s));
    }
}
