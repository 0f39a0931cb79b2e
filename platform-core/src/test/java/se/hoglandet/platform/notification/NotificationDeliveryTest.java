package se.hoglandet.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.organisation.NewCompany;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.person.Language;
import se.hoglandet.platform.person.LoginIdentity;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * A change notifies the people it concerns, in the portal and by e-mail as each prefers, in each one's language.
 * The mail is read back from a real SMTP server (GreenMail) running in the test.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class NotificationDeliveryTest {

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
    OrganisationService organisations;

    @Autowired
    NotificationService notifications;

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
    void addingACompanyNotifiesTheMunicipalitysAdministratorsAsTheyPrefer() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long vetlanda = new Organisations(jdbc).id("vetlanda");
        Person swedishAdmin = login("anna-" + run, "vetlanda", Role.ORG_ADMIN);
        Person englishAdmin = login("ben-" + run, "vetlanda", Role.ORG_ADMIN);
        Person noMailAdmin = login("cia-" + run, "vetlanda", Role.ORG_ADMIN);
        Person member = login("dan-" + run, "vetlanda", Role.MEMBER);
        act(englishAdmin, () -> people.chooseLanguage(Language.EN));
        act(noMailAdmin, () -> notifications.choose(NotificationKind.ORGANISATION_CHANGED, true, false));

        actingAs.set(ActingAs.member(
                999, new Organisations(jdbc).id("hoglandsforbundet"), "hoglandsforbundet", Role.PLATFORM_ADMIN));
        organisations.addCompany(new NewCompany(vetlanda, "Vetlanda Fiber " + run, null));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(swedishAdmin).size() == 1
                        && mailsTo(englishAdmin).size() == 1);
        assertThat(mailsTo(swedishAdmin).getFirst().getSubject()).isEqualTo("Nytt bolag: Vetlanda Fiber " + run);
        assertThat(mailsTo(englishAdmin).getFirst().getSubject()).isEqualTo("New company: Vetlanda Fiber " + run);
        assertThat((String) mailsTo(swedishAdmin).getFirst().getContent()).contains("/organisations");

        await().atMost(Duration.ofSeconds(20)).until(() -> unread(noMailAdmin) == 1);
        assertThat(mailsTo(noMailAdmin)).isEmpty();
        assertThat(unread(swedishAdmin)).isEqualTo(1);
        assertThat(unread(member)).isZero();
        assertThat(mailsTo(member)).isEmpty();

        act(swedishAdmin, () -> {
            List<Notification> mine = notifications.mine(PageRequest.of(0, 10)).getContent();
            assertThat(mine).extracting(Notification::subject).containsExactly("Nytt bolag: Vetlanda Fiber " + run);
            notifications.markRead(mine.getFirst().id());
            assertThat(notifications.unreadCount()).isZero();
        });
        act(englishAdmin, () -> {
            assertThat(notifications.markAllRead()).isEqualTo(1);
            assertThat(notifications.unreadCount()).isZero();
        });
    }

    private Person login(String name, String organisation, Role role) {
        return people.recordLogin(new LoginIdentity(
                "test:" + name,
                name,
                name + "@example.invalid",
                organisation,
                java.util.EnumSet.of(Role.MEMBER, role)));
    }

    private void act(Person person, Runnable action) {
        Actor previous = actingAs.get();
        actingAs.set(new Actor(
                person.id(),
                person.displayName(),
                person.organisation().id(),
                person.organisation().code(),
                Set.of(Role.MEMBER)));
        try {
            action.run();
        } finally {
            actingAs.set(previous);
        }
    }

    private long unread(Person person) {
        return jdbc.queryForObject(
                "select count(*) from notification where recipient_person_id = ? and read_at is null",
                Long.class,
                person.id());
    }

    private static List<MimeMessage> mailsTo(Person person) {
        return se.hoglandet.testsupport.TestSmtp.mailsTo(smtp, person.email());
    }
}
