package se.hoglandet.platform.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The academy's e-mails, read back from a real SMTP server (GreenMail): the waitlisted person is promoted when a seat
 * frees and gets the news with date, time and place and a calendar file (text/calendar, METHOD:PUBLISH); the one who
 * cancelled gets a calendar file that removes the meetings (METHOD:CANCEL); the reminder job reminds seat holders
 * of a session starting within a day, once.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class AcademyMailTest {

    static final GreenMail smtp = se.hoglandet.testsupport.TestSmtp.start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Autowired
    CourseService courses;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void promotionAndCancellationMailsCarryCalendarFilesAndTheReminderComesOnce() throws Exception {
        AssessmentFixture persons = new AssessmentFixture(assessments, templates, people, actingAs);
        AcademyFixture academy =
                new AcademyFixture(courses, actingAs, persons.person("hoglandsforbundet", Role.ACADEMY_ADMIN));
        Course course = academy.course(true, 24, Set.of());
        CourseSession session = academy.session(course, 1, Map.of(), false);
        Actor first = persons.person("eksjo");
        Actor nassjo = persons.person("nassjo");
        Enrolment seat = actingAs.as(first, () -> enrolments.enrol(session.id()));
        actingAs.as(nassjo, () -> enrolments.enrol(session.id()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> subjects(nassjo).contains("Du står på reservlistan: " + course.title()));

        actingAs.as(first, () -> enrolments.cancel(seat.id()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> subjects(nassjo).contains("Du har fått en plats: " + course.title()));
        MimeMessage promoted = mailsTo(nassjo).stream()
                .filter(m -> subject(m).startsWith("Du har fått en plats"))
                .findFirst()
                .orElseThrow();
        Multipart parts = (Multipart) promoted.getContent();
        assertThat(text(parts.getBodyPart(0)))
                .contains(course.title())
                .contains("Stadshuset")
                .contains("kl.");
        BodyPart calendar = parts.getBodyPart(1);
        assertThat(calendar.getContentType()).startsWith("text/calendar");
        assertThat(calendar.getFileName()).isEqualTo("kurs.ics");
        assertThat(text(calendar))
                .contains("METHOD:PUBLISH")
                .contains("SUMMARY:" + course.title() + " (1/2)")
                .contains("DTSTART:");

        await().atMost(Duration.ofSeconds(20)).until(() -> subjects(first).contains("Avanmäld: " + course.title()));
        MimeMessage cancelled = mailsTo(first).stream()
                .filter(m -> subject(m).startsWith("Avanmäld"))
                .findFirst()
                .orElseThrow();
        assertThat(text(((Multipart) cancelled.getContent()).getBodyPart(1)))
                .contains("METHOD:CANCEL")
                .contains("STATUS:CANCELLED");

        // Within a day of the start: one reminder to the seat holder, not to the one who cancelled, and only once.
        jdbc.update(
                "update course_session set first_starts_at = ? where id = ?",
                Timestamp.from(Instant.now().plus(20, ChronoUnit.HOURS)),
                session.id());
        actingAs.anonymous();
        assertThat(enrolments.remindUpcoming()).isGreaterThanOrEqualTo(1);
        enrolments.remindUpcoming();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> subjects(nassjo).contains("Påminnelse: " + course.title() + " börjar snart"));
        Thread.sleep(500);
        assertThat(subjects(nassjo).stream()
                        .filter(s -> s.startsWith("Påminnelse"))
                        .count())
                .isEqualTo(1);
        assertThat(subjects(first)).noneMatch(s -> s.startsWith("Påminnelse"));
    }

    private static String text(BodyPart part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart nested) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < nested.getCount(); i++) {
                all.append(text(nested.getBodyPart(i)));
            }
            return all.toString();
        }
        return new String(((java.io.InputStream) content).readAllBytes(), StandardCharsets.UTF_8);
    }

    private List<String> subjects(Actor person) {
        return mailsTo(person).stream().map(AcademyMailTest::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    private List<MimeMessage> mailsTo(Actor person) {
        return se.hoglandet.testsupport.TestSmtp.mailsTo(
                smtp, people.findById(person.personId()).orElseThrow().email());
    }
}
