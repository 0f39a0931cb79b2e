package se.hoglandet.platform.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.hoglandet.testsupport.PdfChecks;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Höglandsakademin in real Chromium on MariaDB, with the e-mails read from a real SMTP server (GreenMail): a Nässjö
 * employee enrols in a full course and is waitlisted (place 1); the Eksjö employee holding the seat cancels; the Nässjö
 * employee is promoted, sees it on the page and finds the confirmation e-mail with its calendar file. The academy
 * administrator marks the course completed; the certificate PDF opens (Poppler) and its code is verified on the
 * public page by an anonymous visitor. Every page is audited with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo=true")
@UsesMariaDb
class AcademyJourneyBrowserTest {

    static final GreenMail smtp = se.hoglandet.testsupport.TestSmtp.start();
    static Browser browser;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        smtp.stop();
    }

    @Test
    void aNassjoEmployeeIsWaitlistedPromotedWhenASeatFreesAndFindsTheConfirmationMail() throws Exception {
        String base = "http://localhost:" + port;
        long course = jdbc.queryForObject(
                "select id from course where title = 'AI-grunder för alla medarbetare'", Long.class);
        long session =
                jdbc.queryForObject("select min(id) from course_session where course_id = ?", Long.class, course);
        // The course is full: one seat, taken below by an Eksjö employee.
        jdbc.update(
                "delete from enrolment_attendance where enrolment_id in (select id from enrolment where session_id = ?)",
                session);
        jdbc.update("delete from enrolment where session_id = ?", session);
        jdbc.update("update course_session set capacity = 1 where id = ?", session);

        Page eksjo = browser.newPage();
        signIn(eksjo, base, "eksjo.member");
        eksjo.navigate(base + "/academy/courses/" + course);
        eksjo.locator("#enrol-" + session).click();
        assertThat(eksjo.locator("#my-enrolment-" + session)).hasText("Du har en plats.");

        Page nassjo = browser.newPage();
        signIn(nassjo, base, "nassjo.member");
        nassjo.navigate(base + "/academy");
        assertThat(nassjo.locator("#courses")).containsText("AI-grunder för alla medarbetare");
        Browser.assertAccessible(nassjo, "academy catalogue (sv)");
        nassjo.navigate(base + "/academy/courses/" + course);
        assertThat(nassjo.locator("#session-" + session)).containsText("Lediga platser: 0 av 1");
        nassjo.locator("#enrol-" + session).click();
        assertThat(nassjo.locator("#my-enrolment-" + session)).hasText("Du står på reservlistan, plats 1.");
        Browser.assertAccessible(nassjo, "course page, waitlisted (sv)");
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        subjects("nassjo.member").contains("Du står på reservlistan: AI-grunder för alla medarbetare"));

        eksjo.navigate(base + "/academy/mine");
        assertThat(eksjo.locator("#my-enrolments")).containsText("AI-grunder för alla medarbetare");
        Browser.assertAccessible(eksjo, "my courses (sv)");
        eksjo.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Avanmäl mig från AI-grunder för alla medarbetare"))
                .click();
        assertThat(eksjo.locator("#my-enrolments")).containsText("Avanmäld");

        nassjo.reload();
        assertThat(nassjo.locator("#my-enrolment-" + session)).hasText("Du har en plats.");
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        subjects("nassjo.member").contains("Du har fått en plats: AI-grunder för alla medarbetare"));
        MimeMessage promoted = mailsTo("nassjo.member").stream()
                .filter(m -> subject(m).startsWith("Du har fått en plats"))
                .findFirst()
                .orElseThrow();
        String all = text(promoted);
        assertThat(all)
                .contains("Höglandsförbundet, Nässjö")
                .contains("kl. 09:00")
                .contains("BEGIN:VCALENDAR")
                .contains("SUMMARY:AI-grunder för alla medarbetare (1/2)");

        // The academy administrator marks the course completed; the certificate opens and its code verifies.
        Page admin = browser.newPage();
        signIn(admin, base, "hoglandsforbundet.academy-admin");
        admin.navigate(base + "/academy/sessions/" + session);
        assertThat(admin.locator("#participants")).containsText("Demo Nässjö member");
        Browser.assertAccessible(admin, "session participants (sv)");
        // Not before the course has been held and the participant was there: the dialog says so and stays open.
        admin.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Markera Demo Nässjö member som genomförd"))
                .click();
        admin.locator("#save-completion").click();
        assertThat(admin.getByRole(AriaRole.ALERT)
                        .filter(new Locator.FilterOptions().setHasText("först när tillfällets sista träff har börjat")))
                .isVisible();
        Browser.assertAccessible(admin, "completion dialog with a refusal (sv)");
        admin.locator("#dialog-cancel").click();
        // Time passes: both meetings are behind us. The administrator records attendance, then completion.
        Instant firstStart = Instant.now().minus(8, ChronoUnit.DAYS);
        List<Integer> positions = jdbc.queryForList(
                "select position from course_meeting where session_id = ? order by position", Integer.class, session);
        for (int position : positions) {
            Instant start = firstStart.plus(position, ChronoUnit.DAYS);
            jdbc.update(
                    "update course_meeting set starts_at = ?, ends_at = ? where session_id = ? and position = ?",
                    Timestamp.from(start),
                    Timestamp.from(start.plus(2, ChronoUnit.HOURS)),
                    session,
                    position);
        }
        jdbc.update("update course_session set first_starts_at = ? where id = ?", Timestamp.from(firstStart), session);
        admin.navigate(base + "/academy/sessions/" + session);
        admin.locator("#attendance-present").getByText("Demo Nässjö member").click();
        admin.locator("#save-attendance").click();
        assertThat(admin.locator("vaadin-notification-card").first()).isVisible();
        admin.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Markera Demo Nässjö member som genomförd"))
                .click();
        admin.locator("#save-completion").click();
        assertThat(admin.locator("#participants")).containsText("Genomförd");

        nassjo.navigate(base + "/academy/mine");
        assertThat(nassjo.locator("#my-enrolments")).containsText("Genomförd");
        Download certificate = nassjo.waitForDownload(() -> nassjo.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Kursintyg för AI-grunder för alla medarbetare (PDF)"))
                .click());
        Path text = Path.of(certificate.path() + ".txt");
        assertThat(new ProcessBuilder("pdftotext", certificate.path().toString(), text.toString())
                        .start()
                        .waitFor())
                .isZero();
        String code = jdbc.queryForObject(
                "select certificate_code from enrolment where session_id = ? and status = 'CONFIRMED'",
                String.class,
                session);
        assertThat(Files.readString(text))
                .contains("Kursintyg")
                .contains("Demo Nässjö member")
                .contains(code);
        PdfChecks.assertAccessible(Files.readAllBytes(certificate.path()), "certificate downloaded in the browser");

        // The participant's pages on a phone.
        Page phone = browser.newPage(390, 844);
        signIn(phone, base, "nassjo.member");
        for (String path : List.of("/academy", "/academy/courses/" + course, "/academy/mine")) {
            phone.navigate(base + path);
            Browser.assertFitsAndIsAccessible(phone, path + " at 390 px");
        }
        phone.context().close();

        Page visitor = browser.newPage();
        visitor.navigate(base + "/public/verify?code=" + code);
        assertThat(visitor.locator("#verification-state")).hasText("Intyget är giltigt.");
        assertThat(visitor.locator("#verification"))
                .containsText("Demo Nässjö member genomförde AI-grunder för alla medarbetare");
        Browser.assertAccessible(visitor, "certificate verification (sv)");
    }

    private static List<String> subjects(String username) {
        return mailsTo(username).stream()
                .map(AcademyJourneyBrowserTest::subject)
                .toList();
    }

    private static List<MimeMessage> mailsTo(String username) {
        return se.hoglandet.testsupport.TestSmtp.mailsTo(smtp, username + "@demo.invalid");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    private static String text(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.append(text(child)).append('\n');
            }
            return all.toString();
        }
        return new String(((java.io.InputStream) content).readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void signIn(Page page, String base, String username) {
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
        page.waitForURL(Pattern.compile(Pattern.quote(base) + "/(\\?continue)?"));
    }
}
