package se.hoglandet.platform.shared.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import se.hoglandet.platform.shared.SwedishNumbers;

/**
 * The one way the platform writes CSV, for every export: semicolon-separated (what Swedish spreadsheets expect, as
 * the comma is the decimal sign), UTF-8 with a byte-order mark (so Excel reads å, ä, ö), numbers with a decimal
 * comma, and every text cell that a spreadsheet would take as a formula (starting with {@code = + - @}, tab or
 * carriage return) neutralised with a leading apostrophe (OWASP's advice against CSV injection). Numbers are
 * written as numbers: only text is neutralised, so a negative amount stays a number.
 */
public final class CsvWriter {

    public static final char DELIMITER = ';';
    /** The byte-order mark, first in every file. */
    public static final String BOM = "\uFEFF";

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(DELIMITER)
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private final CSVPrinter printer;

    private CsvWriter(StringWriter out) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a whole file: the header, then the rows the callback adds.
     *
     * @return the file's text, starting with the byte-order mark; encode it as UTF-8
     */
    public static String write(List<String> header, Consumer<CsvWriter> rows) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        CsvWriter writer = new CsvWriter(out);
        writer.row(header);
        rows.accept(writer);
        try {
            writer.printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Adds one row; {@code null} is an empty cell. */
    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** Adds one row; {@code null} is an empty cell. */
    public CsvWriter row(List<?> cells) {
        List<String> written = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            written.add(cell(cell));
        }
        try {
            printer.printRecord(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** How one value is written: numbers in Swedish form, text neutralised, everything else as its text. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return SwedishNumbers.plain(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            return SwedishNumbers.plain(BigDecimal.valueOf(((Number) value).doubleValue()));
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return neutralised(value.toString());
    }

    /** A text a spreadsheet would run as a formula gets a leading apostrophe, which shows it as text. */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }
}
