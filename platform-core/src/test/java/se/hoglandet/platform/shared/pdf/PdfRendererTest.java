package se.hoglandet.platform.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.hoglandet.platform.shared.pdf.PdfDocument.Fact;
import se.hoglandet.platform.shared.pdf.PdfDocument.Style;
import se.hoglandet.platform.shared.pdf.PdfDocument.Table;
import se.hoglandet.testsupport.PdfChecks;

class PdfRendererTest {

    private static final String LONG_WORD = "informationssäkerhetssamordnare";

    @Test
    void everyBuildingBlockMakesAnAccessiblePdfWithSwedishText() {
        byte[] pdf = PdfRenderer.render(PdfDocument.portrait("Årsrapport för Sävsjö kommun")
                .subject("Prov av alla byggstenar")
                .author("Sävsjö kommun")
                .paragraph("Sävsjö kommun · Dnr KS 2026/14", Style.SMALL)
                .heading1("Årsrapport för Sävsjö kommun")
                .facts(List.of(
                        new Fact("Ansvarig", "Åsa Öberg, " + LONG_WORD),
                        new Fact("Tom rad", " "),
                        new Fact("Status", "Godkänd")))
                .heading2("Översikt")
                .paragraph("Första raden\nandra raden med ä och ö.")
                .paragraph("Fråga i fetstil", Style.STRONG)
                .paragraph("Stor text", Style.LARGE)
                .table(Table.withColumns("Roll", "Antal", "Kommentar")
                        .rowHeaders()
                        .row(LONG_WORD, "3", "Tre personer × två möten")
                        .row("IT-chef", "1", null)
                        .footerRow(List.of("Summa", "4", "–"))));

        PdfChecks.assertAccessible(pdf, "all building blocks");
        assertThat(PdfChecks.title(pdf)).isEqualTo("Årsrapport för Sävsjö kommun");
        assertThat(PdfChecks.language(pdf)).isEqualTo("sv");
        String text = PdfChecks.text(pdf);
        assertThat(text)
                .contains("Åsa Öberg")
                .contains("andra raden med ä och ö.")
                .contains("Tre personer × två möten")
                .contains("Summa")
                .doesNotContain("Tom rad");
        assertThat(words(text)).contains(LONG_WORD);
    }

    @Test
    void aLongCompoundWordInAFullTableStaysWholeAndOnThePage() {
        Table risks = Table.withColumns("Risk", "S × K", "Åtgärd", "Ansvarig", "Klart senast", "Efter")
                .rowHeaders()
                .unwrapped(1, 4, 5)
                .row(
                        "Personuppgifter hamnar i en molntjänst utanför EU",
                        "3 × 4 = 12",
                        "Rutin för granskning av avtalen med leverantören",
                        LONG_WORD,
                        "2026-06-30",
                        "1 × 4");
        byte[] pdf = PdfRenderer.render(
                PdfDocument.portrait("Riskregister").heading1("Riskregister").table(risks));

        PdfChecks.assertAccessible(pdf, "risk table");
        assertThat(PdfChecks.pages(pdf)).isOne();
        String text = PdfChecks.text(pdf);
        assertThat(words(text)).contains(LONG_WORD);
        // Dates and scores stay on one line in a tight table.
        assertThat(text).contains("2026-06-30", "3 × 4 = 12");
    }

    @Test
    void aTableTooWideForThePageGoesOnToAnOverflowPageAndFailsTheCheck() {
        Table tooWide = Table.withColumns("A", "B", "C", "D", "E", "F", "G", "H")
                .row(LONG_WORD, LONG_WORD, LONG_WORD, LONG_WORD, LONG_WORD, "kort", "kort", "sist");
        byte[] pdf = PdfRenderer.render(PdfDocument.portrait("För bred tabell")
                .heading1("För bred tabell")
                .table(tooWide));

        // Nothing is lost: the columns that do not fit continue on a page to the right, words whole.
        assertThat(PdfChecks.pages(pdf)).isEqualTo(2);
        assertThat(words(PdfChecks.text(pdf)))
                .contains("sist")
                .filteredOn(LONG_WORD::equals)
                .hasSizeGreaterThanOrEqualTo(5);
        // But a document of ours must never need that: the check says so.
        assertThat(PdfChecks.textOutsideThePage(pdf)).isNotEmpty();
        assertThatThrownBy(() -> PdfChecks.assertAccessible(pdf, "too wide"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("runs off the page");
    }

    @Test
    void aTableLongerThanAPageRepeatsItsHeaderOnEveryPage() {
        Table long_ = Table.withColumns("Löpnummer", "Område").rowHeaders();
        for (int i = 1; i <= 90; i++) {
            long_.row("Rad " + i, "Arbetssätt och förändringsledning");
        }
        byte[] pdf = PdfRenderer.render(
                PdfDocument.portrait("Lång tabell").heading1("Lång tabell").table(long_));

        PdfChecks.assertAccessible(pdf, "long table");
        int pages = PdfChecks.pages(pdf);
        assertThat(pages).isGreaterThan(1);
        String text = PdfChecks.text(pdf);
        assertThat(text.split("Löpnummer Område", -1)).hasSize(pages + 1);
        assertThat(text).contains("Rad 1 ", "Rad 90 ");
    }

    @Test
    void textFromPeopleIsPrintedAsTextNeverAsMarkup() {
        String hostile = "<b>fet</b> & <script>alert('x')</script> \"citat\" \u0000\u0007slut";
        byte[] pdf = PdfRenderer.render(PdfDocument.landscape(hostile)
                .heading1(hostile)
                .table(Table.withColumns("Kolumn <i>").row(hostile)));

        PdfChecks.assertAccessible(pdf, "hostile text");
        assertThat(PdfChecks.title(pdf)).isEqualTo("<b>fet</b> & <script>alert('x')</script> \"citat\" slut");
        assertThat(PdfChecks.text(pdf))
                .contains("<b>fet</b> & <script>alert('x')</script> \"citat\" slut")
                .contains("Kolumn <i>");
    }

    @Test
    void aRowMustFitItsTable() {
        assertThatThrownBy(() -> Table.withColumns("A", "B").row("bara en"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdfDocument.portrait(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> words(String text) {
        return List.of(text.split("[\\s,.]+"));
    }
}
