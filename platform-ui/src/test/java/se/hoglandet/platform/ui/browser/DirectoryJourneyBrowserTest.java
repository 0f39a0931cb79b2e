package se.hoglandet.platform.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDraft;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.testsupport.TestSmtp;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * A request reaches somebody who has never signed in, in real Chromium, with the mail read from a real SMTP server:
 * Eksjöbostäder's administrator imports a data protection officer from a CSV file; the company's lawyer sends an
 * assessment for review; the new DPO gets the invitation and the "sign this" mail, chooses a password from the
 * link, signs in, finds "1 bedömning väntar på din signering" on the start page, signs, and the task is gone. Axe
 * audits every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo=true")
@UsesMariaDb
class DirectoryJourneyBrowserTest {

    static final GreenMail smtp = TestSmtp.start();
    static final Pattern INVITATION = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");
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

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    LocalAuthenticationProvider localAccounts;

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
    void anImportedDpoWhoNeverSignedInIsAskedToSignAndDoes() throws Exception {
        String base = "http://localhost:" + port;
        String dpoEmail = "dana.dataskydd." + System.nanoTime() + "@bostader.example";

        // The administrator imports the new data protection officer; the preview shows the row before anything is
        // saved.
        Page admin = browser.newPage();
        signIn(admin, base, "eksjobostader.org-admin", "demo");
        admin.navigate(base + "/staff");
        Browser.assertAccessible(admin, "staff directory (sv)");
        admin.locator("#import-staff").click();
        String csv = "Namn;E-post;Roller;Chef\nDana Dataskydd;" + dpoEmail + ";MEMBER,DPO;\n";
        admin.locator("#staff-import-upload input[type=file]")
                .setInputFiles(new FilePayload("personal.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(admin.locator("#staff-import-summary")).hasText("Rader klara att importera: 1.");
        assertThat(admin.locator("#staff-import-preview")).containsText(dpoEmail);
        Browser.assertAccessible(admin, "staff import preview (sv)");
        admin.locator("#staff-import-commit").click();
        assertThat(admin.locator("vaadin-notification-card").first()).containsText("Importerade och inbjudna: 1");
        assertThat(jdbc.queryForObject(
                        "select count(*) from person where email = ? and last_login_at is null", Long.class, dpoEmail))
                .isOne();

        // The company's lawyer sends an assessment for review (drafted beforehand with every answer given).
        String title = "Bokningsassistent för hyresgäster " + System.nanoTime();
        Assessment draft;
        try {
            SecurityContextHolder.getContext()
                    .setAuthentication(localAccounts.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated("eksjobostader.lawyer", "demo")));
            Long template = templates.catalogue().stream()
                    .filter(t -> t.templateKey().equals("risk-consequence"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            draft = assessments.create(
                    template,
                    AssessmentDraft.titled(title, "Chattbot", Set.of())
                            .withAnswers(AssessmentFixture.completeRiskAnswers()));
        } finally {
            SecurityContextHolder.clearContext();
        }
        Page lawyer = browser.newPage();
        signIn(lawyer, base, "eksjobostader.lawyer", "demo");
        lawyer.navigate(base + "/assessments/" + draft.id());
        lawyer.locator("#submit-assessment").click();
        assertThat(lawyer.locator("#sign-offs")).containsText("Dataskyddsombud: väntar på signering");

        // Both mails reach the person who has never signed in.
        String invitationLink = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> mailTexts(dpoEmail).stream()
                                .map(INVITATION::matcher)
                                .filter(Matcher::find)
                                .map(m -> m.group())
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> mailTexts(dpoEmail).stream().anyMatch(text -> text.contains(title)));

        // The invitation: a password chosen once, from the link.
        Page dpo = browser.newPage();
        dpo.navigate(base + invitationLink);
        assertThat(dpo.locator("#invitation-who")).containsText("Dana Dataskydd");
        assertThat(dpo).hasTitle("Välj lösenord – Höglandets AI-samverkan");
        Browser.assertAccessible(dpo, "invitation (sv)");
        dpo.locator("#invitation-password input").fill("kort");
        dpo.locator("#invitation-repeat input").fill("kort");
        dpo.locator("#invitation-save").click();
        assertThat(dpo.locator(".form-error")).containsText("minst 12 tecken");
        String password = "en lång lösenfras för dana";
        dpo.locator("#invitation-password input").fill(password);
        dpo.locator("#invitation-repeat input").fill(password);
        dpo.locator("#invitation-save").click();
        assertThat(dpo.locator("#invitation-saved")).isVisible();
        dpo.navigate(base + invitationLink);
        assertThat(dpo.locator("#invitation-invalid")).isVisible();

        // Signed in, the start page says what waits; signing makes it go away.
        signIn(dpo, base, dpoEmail, password);
        assertThat(dpo.locator("#work-SIGN_OFFS")).containsText("1 bedömning väntar på din signering");
        Browser.assertAccessible(dpo, "start page with a sign-off waiting (sv)");
        dpo.locator("#work-SIGN_OFFS").getByText(title).click();
        dpo.waitForURL(base + "/assessments/" + draft.id());
        dpo.locator("#sign-off-DPO").click();
        dpo.locator("#save-sign-off").click();
        assertThat(dpo.locator("#sign-off-DPO")).hasCount(0);
        dpo.navigate(base + "/");
        assertThat(dpo.locator("#work-SIGN_OFFS")).hasCount(0);
        Browser.assertNoCspViolations("directory journey");
    }

    private static void signIn(Page page, String base, String username, String password) {
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
        page.waitForURL(base + "/");
    }

    private static List<String> mailTexts(String address) {
        return TestSmtp.mailsTo(smtp, address).stream()
                .map(DirectoryJourneyBrowserTest::text)
                .toList();
    }

    private static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + text((jakarta.mail.Part) message);
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
}
