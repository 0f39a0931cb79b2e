package se.hoglandet.platform.identity.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.hoglandet.identitytest.IdentityTestApplication;
import se.hoglandet.platform.identity.ActorPrincipal;
import se.hoglandet.platform.person.DirectoryService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.StaffFixture;
import se.hoglandet.platform.person.StaffImportService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.TestSmtp;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Local accounts for imported staff, with a real SMTP server (GreenMail): the imported person gets an invitation
 * mail with a single-use link; the account cannot be signed in to before a password is chosen; the link sets it
 * once (too short a password refused), then the login is the imported directory entry with its roles; a used link
 * is refused; deactivating the person in the directory disables the account.
 */
@SpringBootTest(classes = {IdentityTestApplication.class, InvitationTest.PrimaryActingAs.class})
@UsesMariaDb
class InvitationTest {

    static final GreenMail smtp = TestSmtp.start();
    private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    /** The test says who acts; a plain class registered by this test only. */
    @Primary
    static class PrimaryActingAs extends ActingAs {}

    @Autowired
    StaffImportService imports;

    @Autowired
    DirectoryService directory;

    @Autowired
    PersonService people;

    @Autowired
    InvitationService invitations;

    @Autowired
    LocalAuthenticationProvider provider;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void anImportedPersonChoosesAPasswordThroughTheSingleUseLinkAndSignsInAsTheirDirectoryEntry() throws Exception {
        StaffFixture staff = new StaffFixture(imports, people, actingAs, jdbc);
        String organisation = staff.newOrganisation("Inbjudna");
        String email = "dora-" + UUID.randomUUID().toString().substring(0, 6) + "@" + organisation + ".invalid";
        Actor admin = staff.administrator(organisation);
        List<Person> imported =
                actingAs.as(admin, () -> imports.importStaff("Namn;E-post;Roller\nDora Dataskydd;" + email + ";DPO\n"));
        Person dora = imported.getFirst();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !TestSmtp.mailsTo(smtp, email).isEmpty());
        MimeMessage invitation = TestSmtp.mailsTo(smtp, email).getFirst();
        assertThat(invitation.getSubject()).isEqualTo("Välkommen till Höglandets AI-samverkan");
        Matcher link = LINK.matcher(invitation.getContent().toString());
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        assertThat(invitations.validate(token)).hasValueSatisfying(view -> {
            assertThat(view.displayName()).isEqualTo("Dora Dataskydd");
            assertThat(view.username()).isEqualTo(email);
            assertThat(view.organisationName()).contains("Inbjudna");
        });
        assertThat(invitations.validate("nonsense")).isEmpty();
        assertThatThrownBy(() -> provider.authenticate(login(email, "ett-gissat-lösenord")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> invitations.setPassword(token, "kort"))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("invitation.error.password");

        invitations.setPassword(token, "ett långt och bra lösenord");

        Authentication signedIn = provider.authenticate(login(email, "ett långt och bra lösenord"));
        Actor actor = ((ActorPrincipal) signedIn.getPrincipal()).actor();
        assertThat(actor.personId()).isEqualTo(dora.id());
        assertThat(actor.roles()).containsExactly(Role.DPO);
        assertThat(people.findById(dora.id()).orElseThrow().hasSignedIn()).isTrue();
        assertThat(invitations.validate(token)).isEmpty();
        assertThatThrownBy(() -> invitations.setPassword(token, "ett annat långt lösenord"))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("invitation.error.invalid");

        Person current = people.findById(dora.id()).orElseThrow();
        actingAs.as(admin, () -> directory.deactivate(dora.id(), current.version()));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThatThrownBy(
                                () -> provider.authenticate(login(email, "ett långt och bra lösenord")))
                        .isInstanceOf(DisabledException.class));
    }

    private static UsernamePasswordAuthenticationToken login(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
