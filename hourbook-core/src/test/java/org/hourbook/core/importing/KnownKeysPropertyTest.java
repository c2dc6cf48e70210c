package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class KnownKeysPropertyTest {

    /** Keys as {@code DedupeKey} writes them, few enough hex digits that repeats are common, and some of other shapes. */
    @Provide
    Arbitrary<List<String>> keys() {
        Arbitrary<String> repeating = Arbitraries.strings().withChars("0a").ofLength(4).map(h -> "toggl:" + h.repeat(8)); // "0000"x8 is all zero bits
        Arbitrary<String> wide = Arbitraries.strings().withChars("0123456789abcdef").ofLength(32).map(h -> "clockify:" + h);
        Arbitrary<String> other = Arbitraries.of("toggl:ABCDEF0123456789ABCDEF0123456789", "harvest:12", "no colon", "", "x:" + "g".repeat(32));
        return Arbitraries.frequencyOf(Tuple.of(5, repeating), Tuple.of(4, wide), Tuple.of(1, other)).list().ofMaxSize(300);
    }

    @Property(tries = 300)
    void holds_exactly_the_keys_added(@ForAll("keys") List<String> added, @ForAll("keys") List<String> asked) {
        KnownKeys known = new KnownKeys();
        Set<String> model = new HashSet<>();
        added.forEach(k -> {
            known.add(k);
            model.add(k);
        });
        assertThat(known.size()).isEqualTo(model.size());
        assertThat(known.isEmpty()).isEqualTo(model.isEmpty());
        for (String k : added) assertThat(known.contains(k)).as(k).isTrue();
        for (String k : asked) assertThat(known.contains(k)).as(k).isEqualTo(model.contains(k));
    }

    @Test
    void a_rows_key_from_an_earlier_export_is_known() {
        String csv = "date,description,hours\n2026-03-01,Design,1\n2026-03-01,Design,1\n2026-03-02,Review,0.5\n";
        KnownKeys known = new KnownKeys();
        CsvImport.preview(CsvText.rows(csv), ImportOptions.in(Exports.BERLIN)).entries().forEach(e -> known.add(e.dedupeKey()));
        List<ImportedEntry> again = CsvImport.preview(CsvText.rows(csv + "2026-03-03,Call,2\n"), ImportOptions.in(Exports.BERLIN)).entries();
        assertThat(again).extracting(e -> known.contains(e.dedupeKey())).containsExactly(true, true, true, false);
        assertThat(known.size()).isEqualTo(3);
    }
}
