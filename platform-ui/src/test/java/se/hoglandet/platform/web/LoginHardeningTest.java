package se.hoglandet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.hoglandet.testsupport.RawHttp;

/**
 * The local login through the real filter chain: the lock after exactly N failures (not N/2, as when the provider
 * was asked twice), one password-hash check on every path, CSRF on the login form, and the session id in the
 * cookie only.
 */
@WebHardeningTest
class LoginHardeningTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    CountingPasswordEncoder passwords;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fourFailuresDoNotLockTheAccountAndTheFifthDoes() {
        String almost = account("h15.almost");
        for (int i = 0; i < 4; i++) {
            assertThat(login(almost, "wrong")).isEqualTo("/login?error");
        }
        assertThat(login(almost, "secret")).as("four failures of five").isEqualTo("/");

        String locked = account("h15.locked");
        for (int i = 0; i < 5; i++) {
            assertThat(login(locked, "wrong")).isEqualTo("/login?error");
        }
        assertThat(login(locked, "secret"))
                .as("locked after the fifth failure, even with the right password; the user is told")
                .isEqualTo("/login?locked");
        assertThat(login(locked, "wrong")).isEqualTo("/login?locked");
    }

    @Test
    void everyPathChecksExactlyOnePasswordHash() {
        String known = account("h15.hashes");
        String locked = account("h15.hashes-locked");
        jdbc.update(
                "update user_account set locked_until = ? where username = ?",
                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600)),
                locked);
        String[][] attempts = {
            {"no.such.user", "secret", "/login?error"},
            {known, "wrong", "/login?error"},
            {locked, "secret", "/login?locked"},
            {locked, "wrong", "/login?locked"},
            {known, "secret", "/"},
        };
        for (String[] attempt : attempts) {
            Session session = Session.open(port);
            passwords.takeChecks();
            assertThat(session.login(attempt[0], attempt[1])).isEqualTo(attempt[2]);
            assertThat(passwords.takeChecks())
                    .as("hash checks for %s / %s", attempt[0], attempt[1])
                    .isEqualTo(1);
        }
    }

    @Test
    void theLoginFormNeedsItsCsrfToken() {
        String username = account("h15.csrf");
        Session session = Session.open(port);
        RawHttp.Response withoutToken =
                RawHttp.to(port).post("/login", "username=" + username + "&password=secret", session.cookieHeader());
        assertThat(withoutToken.status()).isEqualTo(302);
        assertThat(path(withoutToken.header("Location"))).isEqualTo("/login?expired");
        assertThat(withoutToken.cookies()).as("no new (signed-in) session").isEmpty();

        RawHttp.Response forged = RawHttp.to(port)
                .post("/login", "username=" + username + "&password=secret&_csrf=forged", session.cookieHeader());
        assertThat(path(forged.header("Location"))).isEqualTo("/login?expired");

        assertThat(session.login(username, "secret")).isEqualTo("/");
    }

    @Test
    void theSessionIdTravelsInTheCookieOnlyAndACookielessClientIsNotSentRoundInCircles() {
        // Without cookies: the start page sends to the login page, which is served; nothing carries ;jsessionid.
        RawHttp.Response start = RawHttp.to(port).get("/");
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.header("Location")).doesNotContainIgnoringCase("jsessionid");
        String next = path(start.header("Location"));
        RawHttp.Response login = RawHttp.to(port).get(next);
        assertThat(login.status()).as("GET " + next).isEqualTo(200);
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");

        // A login form posted without the cookie its token belongs to ends on the login page with an explanation.
        String token = token(login.body());
        RawHttp.Response posted = RawHttp.to(port).post("/login", form(account("h15.cookieless"), "secret", token));
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.header("Location")).doesNotContainIgnoringCase("jsessionid");
        assertThat(path(posted.header("Location"))).isEqualTo("/login?expired");
        assertThat(RawHttp.to(port).get("/login?expired").status()).isEqualTo(200);
    }

    @Test
    void aSignedInUserOpeningAnUnknownAddressGetsThePortalNotABare403() {
        String username = account("h15.unknown-url");
        Session session = Session.open(port).signedIn(username, "secret");
        for (String address : List.of("/no-such-page", "/initiatives/abc", "/contracts/new", "/a/b/c")) {
            RawHttp.Response page = RawHttp.to(port).get(address, session.cookieHeader());
            assertThat(page.status()).as(address).isIn(200, 404);
            assertThat(page.body()).as(address).contains("<html");
        }
    }

    /** A local account with password "secret" in Eksjö, made once per name. */
    private String account(String username) {
        jdbc.update(
                "insert into user_account (username, password_hash, display_name, email, organisation_code, enabled,"
                        + " demo, failed_attempts, locked_until, version) select ?, ?, ?, null, 'eksjo', true, false,"
                        + " 0, null, 0 from dual where not exists (select 1 from user_account where username = ?)",
                username,
                encoder.encode("secret"),
                "Test " + username,
                username);
        jdbc.update(
                "insert into user_account_role (user_account_id, role) select id, 'MEMBER' from user_account u where"
                        + " username = ? and not exists (select 1 from user_account_role r where r.user_account_id"
                        + " = u.id)",
                username);
        return username;
    }

    private String login(String username, String password) {
        return Session.open(port).login(username, password);
    }

    static String form(String username, String password, String token) {
        return "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
    }

    static String token(String loginPage) {
        Matcher csrf = CSRF.matcher(loginPage);
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        return csrf.group(1);
    }

    /** The path and query of an absolute or relative Location. */
    static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A browser session: the cookie and CSRF token the login page handed out. */
    record Session(int port, String cookie, String token) {

        static Session open(int port) {
            RawHttp.Response page = RawHttp.to(port).get("/login");
            assertThat(page.status()).isEqualTo(200);
            String cookie = page.cookies().stream()
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .map(c -> c.substring(0, c.indexOf(';')))
                    .findFirst()
                    .orElseThrow();
            return new Session(port, cookie, LoginHardeningTest.token(page.body()));
        }

        String cookieHeader() {
            return "Cookie: " + cookie;
        }

        /** Posts the login form; answers where it redirects to (path and query). */
        String login(String username, String password) {
            RawHttp.Response response =
                    RawHttp.to(port).post("/login", form(username, password, token), cookieHeader());
            assertThat(response.status()).as("login of " + username).isEqualTo(302);
            return path(response.header("Location"));
        }

        /** The signed-in session's cookie after a successful login (the id changes at login). */
        Session signedIn(String username, String password) {
            RawHttp.Response response =
                    RawHttp.to(port).post("/login", form(username, password, token), cookieHeader());
            assertThat(path(response.header("Location"))).isEqualTo("/");
            String renewed = response.cookies().stream()
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .map(c -> c.substring(0, c.indexOf(';')))
                    .findFirst()
                    .orElse(cookie);
            return new Session(port, renewed, token);
        }
    }
}
