package se.hoglandet.platform.academy;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** The course certificate as a one-page PDF (Swedish): who, which course, when, how long it is valid, and the code. */
final class Certificates {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));

    private Certificates() {}

    static byte[] pdf(Enrolment enrolment, String verifyUrl) {
        Course course = enrolment.session().course();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        PdfWriter.getInstance(document, out);
        document.addTitle("Kursintyg: " + course.title());
        document.open();
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 11, Font.NORMAL, Color.DARK_GRAY);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 14, Font.NORMAL);
        Font name = FontFactory.getFont(FontFactory.HELVETICA, 28, Font.BOLD);
        Font title = FontFactory.getFont(FontFactory.HELVETICA, 20, Font.BOLD);
        document.add(
                centred(new Paragraph("Höglandsakademin · " + course.organiser().name(), small)));
        document.add(centred(spaced(new Paragraph("Kursintyg", title), 24)));
        document.add(centred(spaced(new Paragraph(enrolment.personName(), name), 24)));
        document.add(centred(spaced(new Paragraph("har genomfört kursen", body), 12)));
        document.add(centred(spaced(new Paragraph(course.title(), title), 8)));
        document.add(centred(spaced(new Paragraph("Genomförd " + DATE.format(enrolment.completedOn()), body), 16)));
        LocalDate validUntil = enrolment.validUntil();
        if (validUntil != null) {
            document.add(centred(new Paragraph("Giltig till och med " + DATE.format(validUntil), body)));
        }
        if (course.basicAiLiteracy()) {
            document.add(centred(spaced(
                    new Paragraph(
                            "Kursen ger grundläggande AI-kunskap enligt AI-förordningen (artikel 4) och kommunernas riktlinjer.",
                            small),
                    12)));
        }
        document.add(centred(spaced(new Paragraph("Verifieringskod: " + enrolment.certificateCode(), body), 36)));
        document.add(centred(new Paragraph("Kontrollera intyget på " + verifyUrl, small)));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centred(Paragraph paragraph) {
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static Paragraph spaced(Paragraph paragraph, float before) {
        paragraph.setSpacingBefore(before);
        return paragraph;
    }
}
