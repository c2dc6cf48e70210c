package org.hourbook.server.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hourbook.core.importing.Row;

/**
 * Reads a CSV file as exports write it, into rows with the line each starts on, for
 * {@code CsvImport}. Commons CSV does the tokenizing (quotes, doubled quotes, newlines inside
 * quotes); this settles what it needs to be told:
 * <ul>
 *   <li>encoding: a UTF-8 or UTF-16 byte-order mark; UTF-16 without one (Excel's "Unicode text")
 *       by its zero bytes; else UTF-8, or Windows-1252 when the start of the file is no valid UTF-8;</li>
 *   <li>delimiter: comma, semicolon (European Excel) or tab, whichever the header line has most
 *       of outside quotes; an Excel {@code sep=;} first line says it outright (and is skipped).</li>
 * </ul>
 * The source is opened once per pass, so a large file is streamed, never held.
 */
public final class CsvFile {
    /** Bytes looked at to detect the encoding and the delimiter. */
    static final int SNIFF = 64 * 1024;

    /** Opens the file's bytes afresh (a temp file, a blob). */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    private final Source source;
    private final Charset charset;
    private final int bomBytes;
    private final char delimiter;
    private final boolean sepLine;

    private CsvFile(Source source, Charset charset, int bomBytes, char delimiter, boolean sepLine) {
        this.source = source;
        this.charset = charset;
        this.bomBytes = bomBytes;
        this.delimiter = delimiter;
        this.sepLine = sepLine;
    }

    public static CsvFile of(Source source) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(SNIFF);
        }
        Charset cs;
        int bom = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            bom = 3;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            cs = utf16WithoutBom(head);
            if (cs == null) cs = validUtf8(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        }
        String text = new String(head, bom, head.length - bom, cs);
        String first = firstLine(text);
        // Excel's "sep=;" names the delimiter; only one a CSV can have (a fuzzer found "sep=\"").
        boolean sep = first.length() == 5 && first.regionMatches(true, 0, "sep=", 0, 4) && ",;\t|".indexOf(first.charAt(4)) >= 0;
        char delimiter = sep ? first.charAt(4) : delimiterOf(first);
        return new CsvFile(source, cs, bom, delimiter, sep);
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    /** The rows from the start, each with the physical line it starts on (1-based). The caller closes it. */
    public Rows rows() throws IOException {
        InputStream in = new BufferedInputStream(source.open(), 64 * 1024);
        in.skipNBytes(bomBytes);
        Reader reader = new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).setTrim(false).get();
        return new Rows(CSVParser.builder().setReader(reader).setFormat(format).get(), sepLine);
    }

    /** An open pass over the file. A broken quote (a field that never ends) surfaces as {@link UncheckedIOException}. */
    public static final class Rows implements Iterator<Row>, AutoCloseable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private boolean skipFirst;
        /** The last line of the record handed out last (the parser reads a record ahead when asked hasNext). */
        private long lastLine;

        Rows(CSVParser parser, boolean skipFirst) {
            this.parser = parser;
            this.records = parser.iterator();
            this.skipFirst = skipFirst;
        }

        @Override
        public boolean hasNext() {
            if (skipFirst) {
                skipFirst = false;
                if (records.hasNext()) {
                    records.next();
                    lastLine = parser.getCurrentLineNumber();
                }
            }
            return records.hasNext();
        }

        @Override
        public Row next() {
            if (!hasNext()) throw new NoSuchElementException();
            // A record starts on the line after the one the previous record ended on.
            long startLine = lastLine + 1;
            CSVRecord r = records.next();
            lastLine = parser.getCurrentLineNumber();
            return new Row((int) Math.min(Integer.MAX_VALUE, startLine), r.toList());
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** UTF-16 as Excel writes "Unicode text" without a mark: every other byte of ASCII text is zero. */
    private static Charset utf16WithoutBom(byte[] head) {
        int n = Math.min(head.length & ~1, 512);
        if (n < 4) return null;
        int evenZero = 0, oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (head[i] == 0) evenZero++;
            if (head[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (oddZero * 10 >= pairs * 7 && evenZero * 10 < pairs) return StandardCharsets.UTF_16LE;
        if (evenZero * 10 >= pairs * 7 && oddZero * 10 < pairs) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** Whether the bytes decode as UTF-8; a character cut off at the end of the sniffed part is fine. */
    private static boolean validUtf8(byte[] head) {
        int end = head.length;
        // Drop an incomplete sequence at the cut.
        for (int k = 1; k <= 3 && end - k >= 0; k++) {
            int b = head[end - k] & 0xff;
            if (b >= 0xC0) {
                int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                if (len > k) end -= k;
                break;
            }
            if (b < 0x80) break;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String firstLine(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '\r' || text.charAt(i) == '\n')) i++;
        int end = i;
        boolean quoted = false;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '"') quoted = !quoted;
            else if ((c == '\n' || c == '\r') && !quoted) break;
            end++;
        }
        return text.substring(i, end);
    }

    /** The delimiter the header line has most of, outside quotes; a comma when it has none. */
    static char delimiterOf(String header) {
        int comma = 0, semicolon = 0, tab = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted) {
                if (c == ',') comma++;
                else if (c == ';') semicolon++;
                else if (c == '\t') tab++;
            }
        }
        if (tab > comma && tab > semicolon) return '\t';
        if (semicolon > comma) return ';';
        return ',';
    }
}
