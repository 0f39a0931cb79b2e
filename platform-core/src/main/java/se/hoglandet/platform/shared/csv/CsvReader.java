package se.hoglandet.platform.shared.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.hoglandet.platform.shared.DomainValidationException;

/**
 * The one way the platform reads CSV, for every import: the counterpart of the shared {@code CsvWriter}. A header row names the
 * columns (matched case-insensitively, trimmed); the delimiter is the one the header uses, semicolon (what Swedish
 * spreadsheets write, and the platform's exports) or comma; a byte-order mark is dropped; cells are trimmed. Row numbers
 * are the spreadsheet's: the header is row 1, so the first data row is row 2, and error messages can point at them.
 */
public final class CsvReader {

    /** One data row: its spreadsheet row number and its cells by lower-cased column name. */
    public record Row(int number, Map<String, String> cells) {

        /** The cell of the first of these columns present in the file, or "" when none is (or the cell is empty). */
        public String get(String... columns) {
            for (String column : columns) {
                String value = cells.get(column.toLowerCase(Locale.ROOT));
                if (value != null) {
                    return value;
                }
            }
            return "";
        }
    }

    /** The file: its lower-cased column names in order, and its data rows (wholly blank rows skipped). */
    public record Table(List<String> columns, List<Row> rows) {

        /** Whether one of these columns is present. */
        public boolean has(String... names) {
            for (String name : names) {
                if (columns.contains(name.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final String BOM = "\uFEFF";

    private CsvReader() {}

    /**
     * A file's bytes as text: UTF-8, or - when the bytes are not UTF-8 - Windows-1252, the encoding Excel saves
     * "CSV (semikolonavgränsad)" in on Swedish Windows, so that å, ä and ö survive either way. Every upload goes
     * through here before {@link #read}.
     */
    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /**
     * Reads a whole file.
     *
     * @throws DomainValidationException {@code csv.error.empty} without a header row, {@code csv.error.tooManyRows}
     *     beyond {@code maxRows} data rows, {@code csv.error.malformed} when it is not CSV (e.g. an unclosed quote)
     */
    public static Table read(String text, int maxRows) {
        String content = text == null ? "" : text.startsWith(BOM) ? text.substring(1) : text;
        String firstLine = content.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (firstLine.isBlank()) {
            throw new DomainValidationException("csv.error.empty", "The file has no header row");
        }
        char delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            List<String> columns = null;
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = new ArrayList<>();
                    for (String name : record) {
                        columns.add(name.strip().toLowerCase(Locale.ROOT));
                    }
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                if (rows.size() >= maxRows) {
                    throw new DomainValidationException("csv.error.tooManyRows", "More than " + maxRows + " rows");
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    cells.putIfAbsent(
                            columns.get(i), i < record.size() ? record.get(i).strip() : "");
                }
                // Spreadsheet row number: the parser counts physical records from 1, the header included.
                rows.add(new Row((int) record.getRecordNumber(), cells));
            }
            return new Table(columns == null ? List.of() : List.copyOf(columns), List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            throw new DomainValidationException("csv.error.malformed", "Not a readable CSV file: " + e.getMessage());
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }
}
