package org.hourbook.server.diary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.server.http.Json;

/** The diary's hand-written segment JSON says exactly what the generic record serializer says. */
class SegmentViewJsonTest {
    private static final ObjectMapper OURS = Json.mapper();
    /** The same mapper without annotations: SegmentView goes through Jackson's record serializer. */
    private static final ObjectMapper GENERIC = Json.mapper().configure(MapperFeature.USE_ANNOTATIONS, false);

    @Property(tries = 500)
    void writes_what_the_record_serializer_writes(@ForAll("views") DiaryView.SegmentView v) throws Exception {
        assertThat(OURS.writeValueAsString(v)).isEqualTo(GENERIC.writeValueAsString(v));
        // and in a list, where the separators between values matter
        assertThat(OURS.writeValueAsString(List.of(v, v))).isEqualTo(GENERIC.writeValueAsString(List.of(v, v)));
    }

    @Provide
    Arbitrary<DiaryView.SegmentView> views() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(40)
                .edgeCases(c -> c.add("\"</script><b>=1+2\\\u2028\u0000é😀"));
        Arbitrary<Instant> instant = Arbitraries.longs().between(0, 4_000_000_000L)
                .flatMap(s -> Arbitraries.of(0, 123_000_000).map(n -> Instant.ofEpochSecond(s, n)));
        Arbitrary<MinuteActivity> minute = Combinators.combine(Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 500),
                Arbitraries.integers().between(0, Integer.MAX_VALUE)).as(MinuteActivity::new);
        Arbitrary<List<MinuteActivity>> minutes = minute.list().ofMaxSize(10).map(ArrayList::new);
        return Combinators.combine(
                Combinators.combine(Arbitraries.create(UUID::randomUUID), instant, Arbitraries.integers().between(0, 600),
                        Arbitraries.of("tracked", "manual"), Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 10).injectNull(0.3), minutes).as(Head::new),
                text, text.injectNull(0.5), text.injectNull(0.5), instant.injectNull(0.5))
                .as((h, memo, label, url, taken) -> new DiaryView.SegmentView(h.id, h.start, h.start.plusSeconds(600), h.tracked,
                        h.source, h.manual, h.over, h.level, h.minutes, memo, label, url, url == null ? null : url + "/thumbnail", taken));
    }

    private record Head(UUID id, Instant start, int tracked, String source, boolean manual, boolean over, Integer level,
                        List<MinuteActivity> minutes) {}
}
