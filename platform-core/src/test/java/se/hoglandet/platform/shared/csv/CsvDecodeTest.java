package se.hoglandet.platform.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An uploaded file keeps å, ä and ö whether it was saved as UTF-8 or by Excel on Swedish Windows (Windows-1252),
 * for every import (staff, external maturity results); a UTF-8 byte-order mark is read past.
 */
class CsvDecodeTest {

    private static final String TEXT = "namn;e-post;chef\nMärta Älv;marta@example.invalid;Åsa Öberg";

    @Test
    void utf8AndExcelsWindows1252BothReadTheSame() {
        assertThat(CsvReader.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
        assertThat(CsvReader.decode(TEXT.getBytes(Charset.forName("windows-1252"))))
                .isEqualTo(TEXT);
        CsvReader.Table table =
                CsvReader.read(CsvReader.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8)), 10);
        assertThat(table.columns()).containsExactly("namn", "e-post", "chef");
        assertThat(table.rows().getFirst().get("chef")).isEqualTo("Åsa Öberg");
    }
}
