package se.hoglandet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Security headers on an HTML page, a signed-in page, a public API response and a static file (which stays
 * cacheable); behind the proxy
 * (X-Forwarded-* from a trusted address, 127.0.0.1 by default) HSTS, a Secure cookie and redirects to the
 * forwarded https host; the same headers from an untrusted address (127.0.0.2) change nothing; metrics only on a
 * direct connection from an allowed network.
 */
@WebHardeningTest
class SecurityHeadersAndProxyTest {

    private static final String[] THROUGH_THE_PROXY = {
        "X-Forwarded-Proto: https", "X-Forwarded-Host: ai.example.se", "X-Forwarded-For: 203.0.113.7"
    };

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void everyKindOfResponseCarriesTheSecurityHeadersWithAndWithoutTheProxy() {
        String session = signedInSession();
        record Case(String what, String target, String cookie, String policy) {}
        List<Case> cases = List.of(
                new Case("HTML page (login)", "/login", null, "script-src 'self' 'nonce-"),
                new Case("signed-in page", "/", session, "script-src 'self' 'nonce-"),
                new Case("public API", "/api/public/initiatives", null, "default-src 'none'"),
                new Case("static file", "/styles.css", null, "default-src 'self'"),
                new Case("API error", "/api/public/initiatives?page=-1", null, "default-src 'none'"));
        for (boolean proxied : new boolean[] {false, true}) {
            for (Case c : cases) {
                String[] headers = proxied ? THROUGH_THE_PROXY : new String[0];
                if (c.cookie() != null) {
                    headers = append(headers, "Cookie: " + c.cookie());
                }
                RawHttp.Response response = RawHttp.to(port).get(c.target(), headers);
                String what = c.what() + (proxied ? " through the proxy" : " direct");
                assertThat(response.status()).as(what).isIn(200, 400);
                assertThat(response.header("Content-Security-Policy"))
                        .as(what)
                        .contains(c.policy())
                        .contains("frame-ancestors 'none'");
                assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
                assertThat(response.header("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
                assertThat(response.header("X-Frame-Options")).as(what).isEqualTo("DENY");
                if (proxied) {
                    assertThat(response.header("Strict-Transport-Security"))
                            .as(what)
                            .contains("max-age=31536000");
                } else {
                    assertThat(response.header("Strict-Transport-Security"))
                            .as(what + ": no HSTS over plain HTTP")
                            .isNull();
                }
                if (c.cookie() != null) {
                    assertThat(response.header("Cache-Control")).as(what).contains("no-store");
                }
            }
        }
    }

    /**
     * Static files keep the cache time their handler gives them, and nothing that makes browsers ask again:
     * Chromium revalidates anything sent with {@code Pragma: no-cache}, whatever its {@code Cache-Control} says.
     */
    @Test
    void staticFilesMayBeCachedWhilePagesMayNot() {
        for (String file : List.of("/styles.css", "/lumo/lumo.css")) {
            RawHttp.Response response = RawHttp.to(port).get(file);
            assertThat(response.status()).as(file).isEqualTo(200);
            assertThat(response.header("Cache-Control"))
                    .as(file)
                    .startsWith("max-age=")
                    .doesNotContain("no-");
            assertThat(response.header("Pragma")).as(file).isNull();
            assertThat(response.header("Expires")).as(file).isNull();
        }
        RawHttp.Response page = RawHttp.to(port).get("/login");
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.header("Pragma")).isNull();
    }

    @Test
    void thePortalPolicyAllowsExactlyTheBootstrapPagesScriptsByNonce() {
        RawHttp.Response login = RawHttp.to(port).get("/login");
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(login.header("Content-Security-Policy"));
        assertThat(nonce.find()).isTrue();
        List<String> scripts = Pattern.compile("<script[^>]*>")
                .matcher(login.body())
                .results()
                .map(m -> m.group())
                .toList();
        assertThat(scripts)
                .isNotEmpty()
                .allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce.group(1) + "\""));
        assertThat(login.header("Content-Security-Policy"))
                .as("no inline scripts but the nonce's")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        RawHttp.Response again = RawHttp.to(port).get("/login");
        assertThat(again.header("Content-Security-Policy"))
                .as("a fresh nonce per response")
                .doesNotContain(nonce.group(1));
    }

    @Test
    void behindATrustedProxyTheCookieIsSecureAndRedirectsGoToTheForwardedHttpsHost() {
        RawHttp.Response start = RawHttp.to(port).get("/", THROUGH_THE_PROXY);
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.header("Location")).isEqualTo("https://ai.example.se/login");
        RawHttp.Response login = RawHttp.to(port).get("/login", THROUGH_THE_PROXY);
        assertThat(login.cookies())
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void forwardingHeadersFromAnUntrustedAddressAreIgnored() {
        RawHttp untrusted = RawHttp.from("127.0.0.2", port);
        RawHttp.Response start = untrusted.get("/", THROUGH_THE_PROXY);
        assertThat(start.header("Location")).isEqualTo("http://localhost:" + port + "/login");
        assertThat(start.header("Strict-Transport-Security")).isNull();
        RawHttp.Response login = untrusted.get("/login", THROUGH_THE_PROXY);
        assertThat(login.cookies())
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }

    @Test
    void metricsAreServedOnADirectConnectionFromAnAllowedNetworkOnly() {
        assertThat(RawHttp.to(port).get("/actuator/prometheus").status())
                .as("the scraper, on this host")
                .isEqualTo(200);
        assertThat(RawHttp.to(port)
                        .get("/actuator/prometheus", THROUGH_THE_PROXY)
                        .status())
                .as("a client through the proxy on this host")
                .isNotEqualTo(200);
        assertThat(RawHttp.to(port)
                        .get("/actuator/prometheus", "X-Forwarded-For: 127.0.0.1, 203.0.113.7")
                        .status())
                .as("a client that claims to be this host, as the proxy passes it on")
                .isNotEqualTo(200);
        assertThat(RawHttp.from("127.0.0.2", port).get("/actuator/prometheus").status())
                .as("another host, not in the allowed networks")
                .isNotEqualTo(200);
        assertThat(RawHttp.from("127.0.0.2", port)
                        .get("/actuator/prometheus", "X-Forwarded-For: 127.0.0.1")
                        .status())
                .as("another host claiming to forward for this one")
                .isNotEqualTo(200);
    }

    private String signedInSession() {
        String username = "h15.headers";
        jdbc.update(
                "insert into user_account (username, password_hash, display_name, email, organisation_code, enabled,"
                        + " demo, failed_attempts, locked_until, version) select ?, ?, 'Test', null, 'eksjo', true,"
                        + " false, 0, null, 0 from dual where not exists (select 1 from user_account where username"
                        + " = ?)",
                username,
                encoder.encode("secret"),
                username);
        jdbc.update(
                "insert into user_account_role (user_account_id, role) select id, 'MEMBER' from user_account u where"
                        + " username = ? and not exists (select 1 from user_account_role r where r.user_account_id"
                        + " = u.id)",
                username);
        return LoginHardeningTest.Session.open(port)
                .signedIn(username, "secret")
                .cookie();
    }

    private static String[] append(String[] headers, String header) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 1);
        all[headers.length] = header;
        return all;
    }
}
