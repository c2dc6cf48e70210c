package org.hourbook.server.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hourbook.core.importing.CsvImport;
import org.hourbook.core.importing.ImportFormat;
import org.hourbook.core.importing.ImportOptions;
import org.hourbook.core.importing.ImportPreview;
import org.hourbook.core.importing.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvFileTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static byte[] resource(String name) {
        try (InputStream in = CsvFileTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> rows(byte[] bytes) throws IOException {
        CsvFile f = CsvFile.of(() -> new ByteArrayInputStream(bytes));
        List<Row> out = new ArrayList<>();
        try (CsvFile.Rows r = f.rows()) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    static ImportPreview preview(String name) throws IOException {
        return CsvImport.preview(rows(resource(name)), ImportOptions.in(BERLIN));
    }

    @ParameterizedTest(name = "{0} reads as {1} with {2} rows, {3} h and no problem")
    @CsvSource({
            "toggl.csv,                             TOGGL,    4, 5.5",
            "clockify-us.csv,                       CLOCKIFY, 2, 2.25",
            "clockify-de-semicolon.csv,             CLOCKIFY, 2, 2.25",
            "harvest.csv,                           HARVEST,  2, 1.83",
            "generic-quoted-newlines.csv,           GENERIC,  3, 7",
            "generic-semicolon-decimal-comma.csv,   GENERIC,  1, 1.5",
            "generic-utf16-tab.csv,                 GENERIC,  1, 2"})
    void every_format_and_file_shape_is_read(String file, ImportFormat format, int rows, String hours) throws IOException {
        ImportPreview p = preview(file);
        assertThat(p.problems()).as(file).isEmpty();
        assertThat(p.format()).isEqualTo(format);
        assertThat(p.rows()).isEqualTo(rows);
        assertThat(p.hours().stripTrailingZeros()).isEqualByComparingTo(hours);
    }

    @Test
    void a_utf16_file_and_a_bom_are_recognised_and_the_delimiter_found() throws IOException {
        CsvFile utf16 = CsvFile.of(() -> new ByteArrayInputStream(resource("generic-utf16-tab.csv")));
        assertThat(utf16.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(utf16.delimiter()).isEqualTo('\t');
        CsvFile de = CsvFile.of(() -> new ByteArrayInputStream(resource("clockify-de-semicolon.csv")));
        assertThat(de.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(de.delimiter()).isEqualTo(';');
        assertThat(rows(resource("clockify-de-semicolon.csv")).get(0).cells().get(0)).isEqualTo("Project");
    }

    @Test
    void utf16_without_a_mark_and_windows_1252_are_read_too() throws IOException {
        byte[] be = "date,description,hours\n2026-11-12,Caf\u00e9,2\n".getBytes(StandardCharsets.UTF_16BE);
        assertThat(rows(be).get(1).cells()).containsExactly("2026-11-12", "Caf\u00e9", "2");
        byte[] cp1252 = "date,description,hours\n2026-11-12,Caf\u00e9,2\n".getBytes(Charset.forName("windows-1252"));
        assertThat(rows(cp1252).get(1).cells().get(1)).isEqualTo("Caf\u00e9");
    }

    @Test
    void a_quoted_field_with_a_newline_keeps_the_line_numbers_of_the_rows_after_it() throws IOException {
        List<Row> rows = rows(resource("generic-quoted-newlines.csv"));
        assertThat(rows.stream().map(Row::line).toList()).containsExactly(1, 2, 3, 5);
        assertThat(rows.get(2).cells().get(1)).isEqualTo("Meeting notes\nover two lines");
    }

    @Test
    void every_bad_row_is_reported_with_its_line_and_column() throws IOException {
        ImportPreview p = preview("bad-rows.csv");
        assertThat(p.problems()).extracting(x -> x.line() + " " + x.column() + " " + x.code())
                .contains("3 date date.bad", "4 hours duration.over_24h", "6 hours duration.missing");
        assertThat(p.problems()).anyMatch(x -> x.line() == 5 && "hours".equals(x.column()));
        assertThat(p.entries()).hasSize(1);
    }

    @Test
    void an_excel_sep_line_names_the_delimiter_and_is_not_a_row() throws IOException {
        List<Row> rows = rows("sep=;\ndate;description;hours\n2026-11-02;x;1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).cells()).containsExactly("date", "description", "hours");
    }

    @Test
    void a_sep_line_naming_the_quote_is_no_delimiter_and_the_file_still_reads() throws IOException {
        List<Row> rows = rows("sep=\"\ndate,description,hours\n2026-11-02,x,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rows.get(1).cells()).containsExactly("date", "description", "hours");
    }

    @Test
    void dates_that_read_both_ways_ask_which_comes_first() throws IOException {
        ImportPreview p = preview("ambiguous-day-order.csv");
        assertThat(p.askDayOrder()).isTrue();
        assertThat(p.problems()).extracting(x -> x.code()).contains("date.ambiguous_order");
    }
}
