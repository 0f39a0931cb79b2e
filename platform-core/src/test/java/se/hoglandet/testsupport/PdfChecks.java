package se.hoglandet.testsupport;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * The one check every PDF the platform makes must pass, for any module's tests: veraPDF's PDF/UA-1 profile
 * (accessible: tagged, titled, language, embedded fonts …) and the PDF/A-3a profile the renderer also claims
 * (archivable, for the diarium), each with zero failed rules. A failure names every failed rule with its id,
 * its description and where it failed. It also fails when text runs off the page (a table too wide for it: the
 * renderer never breaks a word to make it fit). Also the text PDFBox extracts, for assertions about content. Each
 * checked PDF is kept in the module's {@code target/checked-pdfs/} to look at.
 *
 * <p>Modules other than platform-core that call it add {@code org.verapdf:validation-model-jakarta} to their test
 * dependencies (a test-jar does not bring its dependencies along).
 */
public final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {}

    /**
     * Fails unless {@code pdf} passes veraPDF's PDF/UA-1 and PDF/A-3a profiles with zero failed rules.
     *
     * @param name what the PDF is, for the message and the printed summary (e.g. "assessment")
     */
    public static void assertAccessible(byte[] pdf, String name) {
        keepForLooking(pdf, name);
        List<String> failures = new ArrayList<>();
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
            Outcome outcome = validate(pdf, flavour);
            System.out.printf(
                    "veraPDF %s, %s: %d checks, %d failed rules%n",
                    name,
                    flavour.getId(),
                    outcome.checks(),
                    outcome.failedRules().size());
            outcome.failedRules().forEach((rule, detail) -> failures.add(flavour.getId() + " " + rule + ": " + detail));
        }
        String outside = textOutsideThePage(pdf);
        if (!outside.isEmpty()) {
            failures.add("text runs off the page (a reader never sees it): " + outside);
        }
        if (!failures.isEmpty()) {
            fail("The PDF " + name + " fails veraPDF:\n  " + String.join("\n  ", failures));
        }
    }

    /** Each checked PDF is kept under the module's target/checked-pdfs/, to look at after a run. */
    private static void keepForLooking(byte[] pdf, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "checked-pdfs"));
            Files.write(folder.resolve(name.replaceAll("[^\\p{L}\\p{N}]+", "-") + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page, as PDFBox extracts it. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The characters drawn (partly) outside their page's visible area, in order; empty when all text is visible. */
    public static String textOutsideThePage(byte[] pdf) {
        StringBuilder outside = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    PDRectangle page = getCurrentPage().getCropBox();
                    float left = text.getXDirAdj();
                    float top = text.getYDirAdj() - text.getHeightDir();
                    if (left < 0
                            || left + text.getWidthDirAdj() > page.getWidth() + 0.5f
                            || top < 0
                            || text.getYDirAdj() > page.getHeight() + 0.5f) {
                        outside.append(text.getUnicode());
                    }
                    super.processTextPosition(text);
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outside.toString();
    }

    /** How many pages the document has. */
    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title in the document information, as a reader shows it. */
    public static String title(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentInformation().getTitle();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's natural language from its catalogue (e.g. {@code sv}). */
    public static String language(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentCatalog().getLanguage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many checks ran, and per failed rule ("7.1-3") its description, count and first failing place. */
    record Outcome(int checks, Map<String, String> failedRules) {}

    static Outcome validate(byte[] pdf, PDFAFlavour flavour) {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                InputStream in = new ByteArrayInputStream(pdf);
                PDFAParser parser = foundry.createParser(in, flavour);
                PDFAValidator validator = foundry.createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> failed = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                RuleId id = assertion.getRuleId();
                String key = id.getClause() + "-" + id.getTestNumber();
                counts.merge(key, 1, Integer::sum);
                failed.putIfAbsent(
                        key,
                        validator
                                        .getProfile()
                                        .getRuleByRuleId(id)
                                        .getDescription()
                                        .strip() + " (at "
                                + assertion.getLocation().getContext() + ")");
            }
            failed.replaceAll((key, detail) -> detail + ", " + counts.get(key) + "×");
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.put("?", "not compliant, though no assertion failed: " + result.getJobEndStatus());
            }
            return new Outcome(result.getTotalAssertions(), failed);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF as " + flavour.getId(), e);
        }
    }
}
