package se.hoglandet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The check itself: a PDF that is not accessible fails it, naming the rules it breaks. */
class PdfChecksTest {

    @Test
    void anUntaggedPdfWithoutEmbeddedFontsFailsNamingItsRules() throws IOException {
        byte[] plain = untaggedPdf("Ett otaggat dokument");

        assertThat(PdfChecks.text(plain)).contains("Ett otaggat dokument");
        assertThatThrownBy(() -> PdfChecks.assertAccessible(plain, "untagged"))
                .isInstanceOf(AssertionError.class)
                // PDF/UA-1 7.1-… (tagged content), 7.21.4.1-… (embedded fonts); PDF/A-3a 6.2.11.4.1-… (fonts).
                .hasMessageContaining("ua1 7.1-")
                .hasMessageContaining("ua1 7.21.4.1-")
                .hasMessageContaining("3a ");
    }

    private static byte[] untaggedPdf(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
