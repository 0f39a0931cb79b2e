package se.hoglandet.platform.person.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A staff file keeps å, ä and ö whether it was saved as UTF-8 or by Excel on Swedish Windows (Windows-1252). */
class StaffImportTextTest {

    private static final String ROW = "Märta Älv;marta@example.invalid;Medarbetare;Åsa Öberg";

    @Test
    void utf8AndExcelsWindows1252BothReadTheSame() {
        assertThat(StaffImportDialog.text(ROW.getBytes(StandardCharsets.UTF_8))).isEqualTo(ROW);
        assertThat(StaffImportDialog.text(ROW.getBytes(Charset.forName("windows-1252"))))
                .isEqualTo(ROW);
    }
}
