package se.hoglandet.platform.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapping without the server's fonts. The renderer sets up two standard fonts (Helvetica, ZapfDingbats)
 * for form fields in every document; PDFBox's default mapper answers that by scanning every font installed on the
 * machine and writing a cache file into the home directory, at the first PDF. Our documents have no form fields and
 * embed all their text in DejaVu Sans, so DejaVu Sans stands in for any font PDFBox asks about: nothing is scanned,
 * nothing written, and the result never depends on the machine.
 */
final class EmbeddedFontsOnly implements FontMapper {

    private final TrueTypeFont standIn;

    EmbeddedFontsOnly(InputStream trueTypeFont) {
        try (InputStream in = trueTypeFont) {
            this.standIn = new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(standIn, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(standIn, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, standIn, false);
    }
}
