package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DedupePropertyTest {

    /** A generic row; few values so that identical rows are common. */
    record Line(LocalDate date, String description, int quarters) {
        String csv() {
            return date + "," + description + "," + quarters * 0.25;
        }
    }

    @Provide
    Arbitrary<List<Line>> lines() {
        return Combinators.combine(Arbitraries.integers().between(0, 9).map(n -> LocalDate.of(2026, 3, 1).plusDays(n)),
                        Arbitraries.of("Design", "Review", "Call"), Arbitraries.integers().between(1, 4))
                .as(Line::new).list().ofMaxSize(40)
                .map(l -> l.stream().sorted(Comparator.comparing(Line::date)).toList());
    }

    static List<String> keys(List<Line> lines) {
        StringBuilder csv = new StringBuilder("date,description,hours\n");
        lines.forEach(l -> csv.append(l.csv()).append('\n'));
        ImportPreview p = CsvImport.preview(CsvText.rows(csv.toString()), ImportOptions.in(Exports.BERLIN));
        assertThat(p.problems()).isEmpty();
        return p.entries().stream().map(ImportedEntry::dedupeKey).toList();
    }

    @Property(tries = 300)
    void every_row_has_its_own_key_and_an_export_of_some_of_the_days_brings_no_new_key(
            @ForAll("lines") List<Line> lines, @ForAll @IntRange(min = 0, max = 9) int from, @ForAll @IntRange(min = 0, max = 9) int days) {
        List<String> all = keys(lines);
        assertThat(all).hasSize(lines.size()).doesNotHaveDuplicates();

        LocalDate first = LocalDate.of(2026, 3, 1).plusDays(from);
        LocalDate last = first.plusDays(days);
        List<Line> slice = new ArrayList<>(lines.stream().filter(l -> !l.date().isBefore(first) && !l.date().isAfter(last)).toList());
        Set<String> known = new HashSet<>(all);
        assertThat(keys(slice)).allMatch(known::contains);
    }

    @Property
    void the_normalized_text_is_what_it_always_was(@ForAll("texts") String text) {
        String first = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).strip().toLowerCase(java.util.Locale.ROOT);
        assertThat(DedupeKey.normalize(text)).isEqualTo(String.join(" ", first.split("\\s+")));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(" \t\n\u000B\f\r\u00A0\u2003aAbBéE\u0301ßİ\u212B.").ofMaxLength(20);
    }
}
