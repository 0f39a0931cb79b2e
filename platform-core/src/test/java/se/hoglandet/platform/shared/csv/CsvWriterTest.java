package se.hoglandet.platform.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    /** The payloads a spreadsheet would run as formulas (OWASP's list). */
    static final List<String> FORMULAS =
            List.of("=1+1", "+46 70", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"http://x\";\"y\")");

    @Test
    void startsWithTheByteOrderMarkAndSeparatesBySemicolons() {
        String csv = CsvWriter.write(List.of("Namn", "Värde"), rows -> rows.row("Eksjö", new BigDecimal("10.50")));

        assertThat(csv).startsWith("\uFEFFNamn;Värde\r\n");
        assertThat(csv).endsWith("Eksjö;10,5\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+46 70", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void neutralisesEveryFormulaCellAndReadsBackAsText(String payload) throws IOException {
        String csv = CsvWriter.write(List.of("a"), rows -> rows.row(payload));

        CSVRecord record = readBack(csv).get(1);
        assertThat(record.get(0)).isEqualTo("'" + payload);
    }

    @Test
    void keepsNumbersAsNumbersAndDatesAsIso() throws IOException {
        String csv = CsvWriter.write(
                List.of("a", "b", "c", "d", "e"),
                rows -> rows.row(new BigDecimal("-480000.00"), -3, 2.5d, LocalDate.of(2026, 12, 27), null));

        CSVRecord record = readBack(csv).get(1);
        assertThat(record.values()).containsExactly("-480000", "-3", "2,5", "2026-12-27", "");
    }

    @Test
    void quotesDelimitersQuotesAndLineBreaks() throws IOException {
        String text = "a;b \"c\"\nd";
        String csv = CsvWriter.write(List.of("a"), rows -> rows.row(text));

        assertThat(readBack(csv).get(1).get(0)).isEqualTo(text);
    }

    static List<CSVRecord> readBack(String csv) throws IOException {
        assertThat(csv).startsWith(CsvWriter.BOM);
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
    }
}
