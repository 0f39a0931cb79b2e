package se.hoglandet.platform.identity.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.hoglandet.identitytest.IdentityTestApplication;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.UsesMariaDb;

@SpringBootTest(classes = IdentityTestApplication.class)
@UsesMariaDb
class LocalLoginTest {

    @Autowired
    LocalAuthenticationProvider provider;

    @Autowired
    DemoAccounts demoAccounts;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    CurrentActor currentActor;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void demoModeSeedsEveryRoleInTheFederationAMunicipalityAndACompany() {
        Map<String, Set<Role>> rolesPerOrganisation = demoAccounts.list().stream()
                .collect(Collectors.groupingBy(
                        DemoAccount::organisationCode,
                        Collectors.flatMapping(a -> a.roles().stream(), Collectors.toSet())));
        for (String organisation : new String[] {"hoglandsforbundet", "eksjo", "eksjobostader"}) {
            assertThat(rolesPerOrganisation.get(organisation))
                    .as(organisation)
                    .containsExactlyInAnyOrder(Role.values());
        }
        String hash = jdbc.queryForObject(
                "select password_hash from user_account where username = 'eksjo.member'", String.class);
        assertThat(hash).startsWith("{bcrypt}$2");
    }

    @Test
    void aLoginProvisionsTheProfileAndCarriesOrganisationAndRoles() {
        Authentication signedIn = provider.authenticate(login("eksjobostader.project-lead", "demo"));

        Actor actor = ((PortalUser) signedIn.getPrincipal()).actor();
        assertThat(actor.organisationCode()).isEqualTo("eksjobostader");
        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.PROJECT_LEAD);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_PROJECT_LEAD");
        assertThat(jdbc.queryForObject(
                        "select o.code from person p join organisation o on o.id = p.organisation_id"
                                + " where p.subject = 'local:eksjobostader.project-lead'",
                        String.class))
                .isEqualTo("eksjobostader");

        SecurityContextHolder.getContext().setAuthentication(signedIn);
        assertThat(currentActor.get()).isEqualTo(actor);
    }

    @Test
    void nobodySignedInIsAnonymous() {
        assertThat(currentActor.get().isAnonymous()).isTrue();
    }

    @Test
    void usernamesAreCaseInsensitiveAndPasswordsAreNot() {
        assertThat(provider.authenticate(login("  Eksjo.Member ", "demo")).isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> provider.authenticate(login("eksjo.lawyer", "DEMO")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        String username = "vetlanda.org-admin";
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> provider.authenticate(login(username, "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(login(username, "demo"))).isInstanceOf(LockedException.class);
        jdbc.update("update user_account set locked_until = null where username = ?", username);
        assertThat(provider.authenticate(login(username, "demo")).isAuthenticated())
                .isTrue();
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        String username = "vetlanda.member";
        provider.authenticate(login(username, "demo")); // provision first
        assertThatThrownBy(() -> provider.authenticate(login(username, "wrong")));
        assertThatThrownBy(() -> provider.authenticate(login(username, "wrong")));
        provider.authenticate(login(username, "demo"));
        assertThat(accounts.findByUsername(username).orElseThrow().failedAttempts())
                .isZero();
    }

    @Test
    void anAccountOfADeactivatedOrganisationCannotSignIn() {
        accounts.save(new UserAccount(
                "ghost.member",
                passwordEncoder.encode("secret"),
                "Ghost",
                null,
                "no-such-organisation",
                Set.of(Role.MEMBER),
                false));
        assertThatThrownBy(() -> provider.authenticate(login("ghost.member", "secret")))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void unknownUsersGetTheSameAnswerAsWrongPasswords() {
        assertThatThrownBy(() -> provider.authenticate(login("nobody", "demo")))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
    }

    private static UsernamePasswordAuthenticationToken login(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
