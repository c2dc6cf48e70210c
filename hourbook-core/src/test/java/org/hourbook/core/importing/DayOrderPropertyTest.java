package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DayOrderPropertyTest {

    @Provide
    Arbitrary<List<LocalDate>> dates() {
        return Arbitraries.integers().between(0, 365 * 30).map(n -> LocalDate.of(2000, 1, 1).plusDays(n)).list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("/", ".", "-");
    }

    static String format(LocalDate d, DayOrder order, String sep, boolean shortYear) {
        int first = order == DayOrder.DAY_FIRST ? d.getDayOfMonth() : d.getMonthValue();
        int second = order == DayOrder.DAY_FIRST ? d.getMonthValue() : d.getDayOfMonth();
        String year = shortYear ? String.format("%02d", d.getYear() % 100) : Integer.toString(d.getYear());
        return String.format("%02d%s%02d%s%s", first, sep, second, sep, year);
    }

    @Property(tries = 1000)
    void detection_never_contradicts_the_exporters_order_and_asks_only_when_every_date_reads_both_ways(
            @ForAll("dates") List<LocalDate> dates, @ForAll DayOrder truth, @ForAll("separators") String sep, @ForAll boolean shortYear) {
        List<String> texts = dates.stream().map(d -> format(d, truth, sep, shortYear)).toList();
        DayOrderDetector.Decision d = DayOrderDetector.decide(texts, null);

        boolean settled = dates.stream().anyMatch(x -> x.getDayOfMonth() > 12);
        boolean open = dates.stream().anyMatch(x -> x.getDayOfMonth() <= 12 && x.getDayOfMonth() != x.getMonthValue());
        if (settled) assertThat(d).isEqualTo(new DayOrderDetector.Decision(truth, false));
        else assertThat(d.ask()).isEqualTo(open);

        DayOrder use = d.ask() ? truth : d.order();
        for (int i = 0; i < dates.size(); i++) {
            assertThat(DateText.parse(texts.get(i), use)).isEqualTo(Parsed.ok(dates.get(i)));
        }
    }
}
