package se.hoglandet.platform.academy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.hoglandet.platform.shared.pdf.PdfDocument;
import se.hoglandet.platform.shared.pdf.PdfDocument.Style;
import se.hoglandet.platform.shared.pdf.PdfRenderer;

/** The course certificate as a one-page PDF (Swedish): who, which course, when, how long it is valid, and the code. */
final class Certificates {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));

    private Certificates() {}

    static byte[] pdf(Enrolment enrolment, String verifyUrl) {
        Course course = enrolment.session().course();
        PdfDocument document = PdfDocument.landscape("Kursintyg: " + course.title())
                .author(course.organiser().name())
                .centred()
                .paragraph("Höglandsakademin · " + course.organiser().name(), Style.SMALL)
                .heading1("Kursintyg")
                .paragraph(enrolment.personName(), Style.LARGE)
                .paragraph("har genomfört kursen")
                .heading2(course.title())
                .paragraph("Genomförd " + DATE.format(enrolment.completedOn()));
        LocalDate validUntil = enrolment.validUntil();
        if (validUntil != null) {
            document.paragraph("Giltig till och med " + DATE.format(validUntil));
        }
        if (course.basicAiLiteracy()) {
            document.paragraph(
                    "Kursen ger grundläggande AI-kunskap enligt AI-förordningen (artikel 4) och kommunernas riktlinjer.",
                    Style.SMALL);
        }
        document.paragraph("Verifieringskod: " + enrolment.certificateCode())
                .paragraph("Kontrollera intyget på " + verifyUrl, Style.SMALL);
        return PdfRenderer.render(document);
    }
}
