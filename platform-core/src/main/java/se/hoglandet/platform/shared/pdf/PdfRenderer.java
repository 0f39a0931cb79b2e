package se.hoglandet.platform.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * The one way the platform makes a PDF: an accessible, archivable document (PDF/UA-1 and PDF/A-3a: tagged
 * structure with real headings and table headers, title and language in the metadata, every font embedded) from a
 * {@link PdfDocument}. Tests check each document with veraPDF ({@code se.hoglandet.testsupport.PdfChecks}).
 *
 * <p>Nothing is loaded at application start: this class, its set-up and the fonts are loaded while the first
 * document is rendered, and each document reads only the font faces it uses.
 */
public final class PdfRenderer {

    public static final String MEDIA_TYPE = "application/pdf";

    /** DejaVu Sans (free licence, in the jasperreports-fonts jar): all of Swedish and the signs we print. */
    private static final String FONT_FAMILY = "DejaVu Sans";
    /** Its condensed cut, for tables: more columns fit a page without breaking a word. */
    private static final String CONDENSED_FAMILY = "DejaVu Sans Condensed";

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    /**
     * Words are never broken inside: no automatic hyphenation, and a word longer than its line overflows rather
     * than being cut ({@code word-wrap} is the engine's name for {@code overflow-wrap}; its {@code word-break} is
     * always normal). Tables size their columns by content, so a column is at least as wide as its longest word, and
     * use the condensed cut so that more fits. Should a table still be wider than the page, the columns that do not
     * fit continue on an overflow page to the right instead of being lost ({@code PdfChecks} fails such a document,
     * so the platform's own documents are laid out never to need it).
     */
    private static final String STYLE_SHEET = """
            @page { size: A4 %s; margin: %s; -fs-max-overflow-pages: 10; -fs-overflow-pages-direction: ltr; }
            * { hyphens: manual; word-wrap: normal; }
            body { font-family: '%s'; font-size: 10pt; line-height: 1.35; color: #1a1a1a; }
            h1 { font-size: 18pt; margin: 0.2em 0 0.6em 0; }
            h2 { font-size: 13pt; margin: 1.2em 0 0.4em 0; }
            p { margin: 0 0 0.45em 0; white-space: pre-line; }
            p.small { font-size: 8.5pt; color: #4a4a4a; }
            p.strong { font-weight: bold; margin-bottom: 0.1em; }
            p.large { font-size: 24pt; font-weight: bold; margin: 0.6em 0; }
            h1, h2, p.strong { page-break-after: avoid; }
            body.centred { text-align: center; font-size: 14pt; padding-top: 10mm; }
            body.centred h1 { font-size: 22pt; margin: 0.8em 0; }
            body.centred h2 { font-size: 20pt; margin: 0.3em 0 0.8em 0; }
            body.centred p { margin-bottom: 0.7em; }
            body.centred p.small { font-size: 11pt; }
            body.centred p.large { font-size: 28pt; margin: 0.4em 0 0.8em 0; }
            table { border-collapse: collapse; margin: 0.3em 0 0.8em 0; }
            tr { page-break-inside: avoid; }
            th, td { text-align: left; vertical-align: top; padding: 3pt 6pt; }
            table.data { font-family: '%s'; font-size: 9pt; -fs-table-paginate: paginate; }
            table.data th, table.data td { border: 0.5pt solid #8a9a90; padding: 2.5pt 4pt; }
            td.nowrap { white-space: nowrap; }
            table.data thead th { background-color: #e6ece8; }
            table.data tfoot th, table.data tfoot td { font-weight: bold; }
            table.facts th { padding-left: 0; }
            """;

    /** The sRGB output intent PDF/A asks for, from the JDK. */
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    // Runs when the first document is rendered (the class is loaded then, not at start-up).
    static {
        XRLog.setLoggerImpl(new RendererLogging());
        FontMappers.set(new EmbeddedFontsOnly(open("DejaVuSans.ttf")));
    }

    private PdfRenderer() {}

    /** The document as PDF bytes. */
    public static byte[] render(PdfDocument document) {
        boolean landscape = document.orientation() == PdfDocument.Orientation.LANDSCAPE;
        String styleSheet = STYLE_SHEET.formatted(
                landscape ? "landscape" : "portrait", landscape ? "18mm" : "20mm", FONT_FAMILY, CONDENSED_FAMILY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_A)
                .useColorProfile(SRGB)
                .withProducer("Höglandets AI-samverkan")
                .withW3cDocument(document.dom(styleSheet), null)
                .toStream(out);
        for (String family : new String[] {FONT_FAMILY, CONDENSED_FAMILY}) {
            String file = family.replace(" ", "");
            font(builder, family, file + ".ttf", 400, FontStyle.NORMAL);
            font(builder, family, file + "-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, family, file + "-Oblique.ttf", 400, FontStyle.ITALIC);
            font(builder, family, file + "-BoldOblique.ttf", 700, FontStyle.ITALIC);
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Registers a face; the engine opens it only when the document uses it, and embeds the glyphs used. */
    private static void font(PdfRendererBuilder builder, String family, String file, int weight, FontStyle style) {
        builder.useFont(() -> open(file), family, weight, style, true);
    }

    private static InputStream open(String file) {
        InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("Font missing from the classpath: " + FONTS + file);
        }
        return in;
    }
}
