package org.hourbook.server.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hourbook.core.importing.CsvImport;
import org.hourbook.core.importing.ImportOptions;
import org.hourbook.core.importing.ImportPreview;
import org.hourbook.core.importing.ImportedEntry;
import org.hourbook.core.importing.Row;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    static List<Row> file(int entries) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of(1, "date", "description", "hours"));
        for (int i = 0; i < entries; i++) rows.add(Row.of(i + 2, LocalDate.of(2026, 3, 1).plusDays(i % 28).toString(), "row " + i, "1"));
        return rows;
    }

    static ImportPreview read(List<Row> rows, Consumer<ImportedEntry> sink) {
        return CsvImport.stream(rows::iterator, ImportOptions.in(ZoneOffset.UTC), sink);
    }

    @Test
    void every_entry_is_stored_in_file_order_in_full_batches_and_a_last_partial_one() {
        List<List<Integer>> stored = new ArrayList<>();
        ImportPreview p = ReadAhead.run(sink -> read(file(45), sink), 10, b -> stored.add(b.stream().map(ImportedEntry::line).toList()));

        assertThat(p.rows()).isEqualTo(45);
        assertThat(stored).extracting(List::size).containsExactly(10, 10, 10, 10, 5);
        assertThat(stored.stream().flatMap(List::stream).toList()).isEqualTo(file(45).stream().skip(1).map(Row::line).toList());
    }

    @Test
    void a_failure_while_reading_surfaces_on_the_storing_thread_as_it_was() {
        IllegalArgumentException broken = new IllegalArgumentException("broken file");
        AtomicInteger stored = new AtomicInteger();

        assertThatThrownBy(() -> ReadAhead.run(sink -> read(file(45), e -> {
            if (e.line() == 30) throw broken;
            sink.accept(e);
        }), 10, b -> stored.addAndGet(b.size()))).isSameAs(broken);
        assertThat(stored.get()).isLessThanOrEqualTo(28);
    }

    @Test
    void a_failure_while_storing_stops_the_reader_before_it_surfaces() {
        IllegalStateException full = new IllegalStateException("disk full");
        AtomicInteger read = new AtomicInteger();
        Thread[] reader = new Thread[1];

        assertThatThrownBy(() -> ReadAhead.run(sink -> read(file(100_000), e -> {
            reader[0] = Thread.currentThread();
            read.incrementAndGet();
            sink.accept(e);
        }), 10, b -> {
            throw full;
        })).isSameAs(full);
        assertThat(reader[0].isAlive()).isFalse();
        assertThat(read.get()).isLessThan(100_000);
    }
}
