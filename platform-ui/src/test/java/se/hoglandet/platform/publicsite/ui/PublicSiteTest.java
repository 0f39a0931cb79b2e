package se.hoglandet.platform.publicsite.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.catalina.Context;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.guideline.DemoGuidelines;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.initiative.EuDatabaseService;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.lesson.LessonService;
import se.hoglandet.platform.web.WebHardeningTest;
import se.hoglandet.testsupport.RawHttp;

/**
 * The public site over HTTP, read as a crawler reads it (jsoup): every page has its content in the HTML, a title,
 * its language and the other language's address; no page sets a cookie or opens a session; what is not PUBLIC is
 * "not found" everywhere and absent from sitemap and feed; pages are cacheable with ETags; the open-data API answers
 * other origins.
 */
@WebHardeningTest
class PublicSiteTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LocalAuthenticationProvider accounts;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    EuDatabaseService euDatabase;

    @Autowired
    LessonService lessons;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    PublicSiteFixture.Ids ids;

    @BeforeEach
    void records() {
        ids = PublicSiteFixture.ensure(jdbc, accounts, initiatives, euDatabase, lessons);
    }

    @Test
    void theRegisterListsPublicInitiativesWithFiltersFiguresAndLinks() {
        Document page = page("/public/initiatives");
        assertThat(page.selectFirst("h1").text()).isEqualTo("AI i Höglandets kommuner");
        assertThat(page.select("#organisation option").eachText()).contains("Alla", "Eksjö kommun", "Vetlanda kommun");
        assertThat(page.select("#initiatives h2 a").eachText())
                .contains("AI-chattbot för invånarfrågor", PublicSiteFixture.HIGH_RISK_TITLE)
                .doesNotContain(PublicSiteFixture.INTERNAL_TITLE);
        assertThat(page.select("#per-organisation th a").eachText()).contains("Vetlanda kommun");
        assertThat(page.select("#per-risk-group th").eachText()).contains("Hög risk");
        assertThat(page.select("footer a").eachAttr("href"))
                .contains("/public/accessibility", "/public/personal-data", "/api/v1/openapi.json");

        Document vetlanda = page("/public/initiatives?organisation=vetlanda");
        // The initiatives Vetlanda is responsible for: the same count as its row in the figures.
        assertThat(vetlanda.select("#initiatives h2 a").eachText())
                .contains("AI-chattbot för invånarfrågor")
                .doesNotContain(PublicSiteFixture.HIGH_RISK_TITLE);
        assertThat(vetlanda.selectFirst("#organisation option[selected]").text())
                .isEqualTo("Vetlanda kommun");
        assertThat(vetlanda.selectFirst("label[for=organisation]").text()).isEqualTo("Ansvarig organisation");
        String vetlandaFigure = vetlanda.select("#per-organisation tr:has(a[href*='organisation=vetlanda']) td")
                .text();
        assertThat(vetlanda.selectFirst("#result-count").text()).isEqualTo(vetlandaFigure + " initiativ");
        assertThat(page.select("#organisation option").eachText())
                .as("every municipality, with published initiatives or not")
                .contains("Aneby kommun", "Eksjö kommun", "Nässjö kommun", "Sävsjö kommun", "Vetlanda kommun");

        // Words go through the search index, which the fixture's initiative reaches after its commit.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> !page("/public/initiatives?q=bostadsanpassning")
                        .select("#initiatives h2 a")
                        .isEmpty());
        Document highRisk = page("/public/initiatives?risk=HIGH&q=bostadsanpassningar");
        assertThat(highRisk.select("#initiatives h2 a").eachText()).containsExactly(PublicSiteFixture.HIGH_RISK_TITLE);
        assertThat(page("/public/initiatives?q="
                                + java.net.URLEncoder.encode(
                                        PublicSiteFixture.INTERNAL_TITLE, java.nio.charset.StandardCharsets.UTF_8))
                        .select("#initiatives h2 a")
                        .eachText())
                .doesNotContain(PublicSiteFixture.INTERNAL_TITLE);
    }

    @Test
    void residentsReachSomeoneReadPlainErrorsAndSeeTheCodeFormatAndTheStatementDate() {
        Document initiative = page("/public/initiatives/" + ids.highRisk());
        assertThat(initiative.selectFirst("#public-contact a").attr("href"))
                .as("the owner did not publish a contact address: its registry mailbox instead")
                .startsWith("mailto:")
                .contains("@");

        RawHttp.Response bad = RawHttp.to(port).get("/public/initiatives?area=NOPE&lang=en");
        assertThat(bad.status()).isEqualTo(400);
        Document error = Jsoup.parse(bad.body());
        assertThat(error.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(error.selectFirst("main").text())
                .contains("Start again from the register")
                .doesNotContain("area", "Parametern", "begäran");
        Document swedishError = Jsoup.parse(
                RawHttp.to(port).get("/public/initiatives?area=NOPE").body());
        assertThat(swedishError.selectFirst("main").text())
                .contains("Börja om från registret")
                .doesNotContain("area", "address");

        Document verify = page("/public/verify");
        assertThat(verify.selectFirst("#code").attr("aria-describedby")).isEqualTo("code-hint");
        assertThat(verify.selectFirst("#code-hint").text()).contains("tio tecken");

        assertThat(page("/public/accessibility")
                        .selectFirst("#statement-updated")
                        .text())
                .startsWith("Redogörelsen uppdaterades");
        assertThat(page("/public/accessibility?lang=en")
                        .selectFirst("#statement-updated time")
                        .attr("datetime"))
                .matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void anInitiativePageReadsInTheOrderResidentsRead() {
        Document page = page("/public/initiatives/" + ids.highRisk());
        assertThat(page.title()).isEqualTo(PublicSiteFixture.HIGH_RISK_TITLE + " – Höglandets AI-samverkan");
        assertThat(page.selectFirst("h1").text()).isEqualTo(PublicSiteFixture.HIGH_RISK_TITLE);
        assertThat(page.select("main h2").eachText())
                .containsSubsequence(
                        "Vad och varför",
                        "Data och rättslig grund",
                        "Mänsklig kontroll och risker",
                        "Lärdomar",
                        "Kontakt");
        assertThat(page.select("dt").eachText()).contains("Problem och syfte", "Verksamhetsområde");
        assertThat(page.selectFirst("#eu-database").text())
                .contains("EU-DB-TEST-0001", "Kommunens registrator (test)", "låg risk för diskriminering");
        assertThat(page.selectFirst("#updated time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(page.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("Ett test av den publika webbplatsen.");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .endsWith("/public/initiatives/" + ids.highRisk());
        assertThat(page.selectFirst("meta[property=og:title]").attr("content"))
                .isEqualTo(PublicSiteFixture.HIGH_RISK_TITLE);
        assertThat(page.selectFirst("script[type=application/ld+json]").data())
                .contains("\"@type\":\"WebPage\"", "GovernmentOrganization");
        assertThat(page.select("#public-lessons h3").eachText())
                .containsExactly(PublicSiteFixture.PUBLIC_LESSON)
                .doesNotContain(PublicSiteFixture.INTERNAL_LESSON);
        assertThat(page.select("a[href=/login]")).as("a way to sign in").isNotEmpty();
    }

    @Test
    void everyPageIsInSwedishAndEnglishWithTheOtherLanguageLinked() {
        for (String path : List.of(
                "/public/initiatives",
                "/public/initiatives/" + ids.highRisk(),
                "/public/guidelines",
                "/public/guidelines/" + guideline("eksjo", "PUBLISHED"),
                "/public/verify",
                "/public/about",
                "/public/accessibility",
                "/public/personal-data")) {
            Document swedish = page(path);
            Document english = page(path + "?lang=en");
            assertThat(swedish.selectFirst("html").attr("lang")).as(path).isEqualTo("sv");
            assertThat(english.selectFirst("html").attr("lang")).as(path).isEqualTo("en");
            assertThat(swedish.select("link[hreflang=en]").attr("href"))
                    .as(path)
                    .endsWith(path + "?lang=en");
            assertThat(english.select("a[hreflang=sv]").attr("href")).as(path).isEqualTo(path);
            assertThat(swedish.selectFirst("h1").text()).as(path).isNotBlank();
            assertThat(english.select("footer a").eachText()).as(path).contains("Accessibility statement");
            if (!path.contains("/initiatives/") && !path.contains("/guidelines/")) {
                assertThat(english.selectFirst("h1").text())
                        .as(path)
                        .isNotEqualTo(swedish.selectFirst("h1").text());
            }
        }
        assertThat(page("/public/accessibility").select("h2").eachText())
                .as("the structure DIGG recommends")
                .contains("Hur tillgänglig är webbplatsen?", "Innehåll som inte är tillgängligt", "Tillsyn");
    }

    @Test
    void certificatesAreVerifiedWhateverTheDashesSpacesAndCase() {
        Document form = page("/public/verify");
        assertThat(form.selectFirst("form").attr("method")).isEqualTo("get");
        assertThat(form.select("input[name=code]")).hasSize(1);
        for (String typed : List.of("H15TEST7", "h15-test-7", " h15 test7 ")) {
            Document answer = page("/public/verify?code="
                    + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(answer.selectFirst("#verification .state").text())
                    .as(typed)
                    .isEqualTo("Intyget är giltigt.");
            assertThat(answer.selectFirst("#verification").text()).contains("Tea Testsson");
        }
        assertThat(page("/public/verify?code=NOPE0000")
                        .selectFirst("#verification .state")
                        .text())
                .isEqualTo("Koden är okänd.");
    }

    @Test
    void whatIsNotPublicIsNotFoundEverywhereAndAbsentFromSitemapAndFeed() {
        for (String path : List.of(
                "/public/initiatives/" + ids.internal(),
                "/public/initiatives/abc",
                "/public/initiatives/-1",
                "/public/initiatives/99999999999999999999",
                "/public/initiatives/999999999",
                "/public/no-such-page")) {
            RawHttp.Response response = RawHttp.to(port).get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            Document page = Jsoup.parse(response.body());
            assertThat(page.title()).as(path).isEqualTo("Finns inte – Höglandets AI-samverkan");
        }
        assertThat(RawHttp.to(port).get("/api/v1/initiatives/" + ids.internal()).status())
                .isEqualTo(404);
        String sitemap = RawHttp.to(port).get("/sitemap.xml").body();
        assertThat(sitemap)
                .contains("/public/initiatives/" + ids.highRisk() + "</loc>")
                .doesNotContain("/public/initiatives/" + ids.internal() + "</loc>");
        String feed = RawHttp.to(port).get("/public/feed.atom").body();
        assertThat(feed).contains(PublicSiteFixture.HIGH_RISK_TITLE).doesNotContain(PublicSiteFixture.INTERNAL_TITLE);
        assertThat(RawHttp.to(port).get("/robots.txt").body())
                .contains("Sitemap: ")
                .contains("Allow: /public/");
    }

    @Test
    void publishedGuidelinesAreListedAndReadWithAHeadingPerSectionAndAnAnchorPerClause() {
        long eksjo = guideline("eksjo", "PUBLISHED");
        Document list = page("/public/guidelines");
        assertThat(list.selectFirst("h1").text()).isEqualTo("Riktlinjer för AI");
        assertThat(list.select("#guidelines h2 a").eachText())
                .startsWith(DemoGuidelines.TEMPLATE_TITLE)
                .contains(DemoGuidelines.EKSJO_TITLE, DemoGuidelines.NASSJO_TITLE, DemoGuidelines.ANEBY_TITLE)
                .doesNotContain(DemoGuidelines.SAVSJO_TITLE);
        assertThat(list.select("header nav a").eachAttr("href")).contains("/public/guidelines");

        Document page = page("/public/guidelines/" + eksjo);
        assertThat(page.title()).isEqualTo(DemoGuidelines.EKSJO_TITLE + " – Höglandets AI-samverkan");
        assertThat(page.selectFirst("h1").text()).isEqualTo(DemoGuidelines.EKSJO_TITLE);
        assertThat(page.select("section.guideline-section > h2").eachText())
                .containsExactly(
                        "1 Grundprinciper",
                        "2 Tillåtna verktyg",
                        "3 Innan en AI-tjänst tas i drift",
                        "4 Avvikelser och översyn");
        List<String> keys = jdbc.queryForList(
                "select c.clause_key from guideline_clause c join guideline_section s on s.id = c.section_id"
                        + " where s.guideline_id = ? order by s.position, c.position",
                String.class,
                eksjo);
        assertThat(page.select("article.clause").eachAttr("id"))
                .as("one anchor per clause, its stable key")
                .containsExactlyElementsOf(keys);
        assertThat(page.select("article.clause h3 a.anchor").eachAttr("href"))
                .containsExactlyElementsOf(keys.stream().map(k -> "#" + k).toList());
        assertThat(page.select("article.clause h3").first().text()).isEqualTo("1.1 Princip");
        assertThat(page.selectFirst("#decision").text()).contains("Kommunstyrelsen", "KS 2026/77");
        assertThat(page.select("article.clause").text()).contains("Microsoft Copilot med kommunens inloggning");

        Document english = page("/public/guidelines/" + eksjo + "?lang=en");
        assertThat(english.select("article.clause h3").first().text()).isEqualTo("1.1 Principle");

        Document superseded = page("/public/guidelines/" + guideline("hoglandsforbundet", "SUPERSEDED"));
        assertThat(superseded.selectFirst("#superseded a").attr("href"))
                .isEqualTo("/public/guidelines/" + guideline("hoglandsforbundet", "PUBLISHED"));

        Document register = page("/public/initiatives?organisation=eksjo");
        assertThat(register.selectFirst("#owner-guideline a").attr("href"))
                .as("the organisation's published guideline, from the register's organisation filter")
                .isEqualTo("/public/guidelines/" + eksjo);
        // Sävsjö's guideline is in review in the demo data (Vetlanda's is published by the guideline journey,
        // which may run first in this JVM).
        assertThat(page("/public/initiatives?organisation=savsjo").select("#owner-guideline"))
                .as("Sävsjö has published none")
                .isEmpty();
    }

    @Test
    void guidelinesNotPublishedAreNotFoundEverywhereAndPublishedOnesAreInSitemapFeedAndApi() {
        long eksjo = guideline("eksjo", "PUBLISHED");
        long savsjo = guideline("savsjo", "IN_REVIEW");
        for (String path : List.of("/public/guidelines/" + savsjo, "/public/guidelines/abc", "/public/guidelines/-1")) {
            RawHttp.Response response = RawHttp.to(port).get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(Jsoup.parse(response.body()).title()).as(path).isEqualTo("Finns inte – Höglandets AI-samverkan");
        }
        String sitemap = RawHttp.to(port).get("/sitemap.xml").body();
        assertThat(sitemap)
                .contains("/public/guidelines</loc>", "/public/guidelines/" + eksjo + "</loc>")
                .doesNotContain("/public/guidelines/" + savsjo + "</loc>");
        String feed = RawHttp.to(port).get("/public/feed.atom").body();
        assertThat(feed).contains(DemoGuidelines.EKSJO_TITLE).doesNotContain(DemoGuidelines.SAVSJO_TITLE);

        RawHttp.Response list = RawHttp.to(port).get("/api/v1/guidelines", "Origin: https://data.example.org");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(list.body()).contains("\"organisationCode\":\"eksjo\"").doesNotContain(DemoGuidelines.SAVSJO_TITLE);
        RawHttp.Response one = RawHttp.to(port).get("/api/v1/guidelines/" + eksjo);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).contains("\"heading\":\"Tillåtna verktyg\"", "\"control\":\"TOOL_REGISTER\"");
        RawHttp.Response draft = RawHttp.to(port).get("/api/v1/guidelines/" + savsjo);
        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void noPageSetsACookieAndAThousandVisitsOpenNoSession() {
        int before = activeSessions();
        List<String> paths = List.of(
                "/public/initiatives",
                "/public/initiatives/" + ids.highRisk(),
                "/public/verify?code=H15TEST7",
                "/public/about?lang=en",
                "/public/accessibility",
                "/public/personal-data",
                "/public/initiatives/abc",
                "/public/guidelines",
                "/public/guidelines/" + guideline("eksjo", "PUBLISHED"),
                "/sitemap.xml",
                "/robots.txt",
                "/public/feed.atom");
        for (int i = 0; i < 1000; i++) {
            String path = paths.get(i % paths.size());
            RawHttp.Response response = RawHttp.to(port).get(path);
            assertThat(response.cookies()).as(path).isEmpty();
        }
        assertThat(activeSessions()).as("Tomcat's active sessions").isEqualTo(before);
    }

    @Test
    void aRepeatedRequestIsNotModified() {
        RawHttp.Response first = RawHttp.to(port).get("/public/initiatives");
        assertThat(first.header("Cache-Control")).isEqualTo("public, no-cache");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        RawHttp.Response again = RawHttp.to(port).get("/public/initiatives", "If-None-Match: " + etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        RawHttp.Response page = RawHttp.to(port).get("/public/initiatives/" + ids.highRisk());
        assertThat(page.header("Last-Modified")).isNotBlank();
        assertThat(RawHttp.to(port)
                        .get("/public/initiatives/" + ids.highRisk(), "If-None-Match: " + page.header("ETag"))
                        .status())
                .isEqualTo(304);
        assertThat(RawHttp.to(port)
                        .get(
                                "/public/initiatives/" + ids.highRisk(),
                                "If-Modified-Since: " + page.header("Last-Modified"))
                        .status())
                .isEqualTo(304);
    }

    @Test
    void aRenderedPageIsKeptUntilARecordChanges() {
        String path = "/public/initiatives/" + ids.highRisk();
        String before = page(path).select("main").text();
        String original =
                jdbc.queryForObject("select transparency from initiative where id = ?", String.class, ids.highRisk());
        try {
            jdbc.update(
                    "update initiative set transparency = ? where id = ?", "Ändrad förklaring (test)", ids.highRisk());
            assertThat(page(path).select("main").text())
                    .as("kept: the row changed behind the services' back, with no event")
                    .isEqualTo(before);
            changed(ids.highRisk());
            assertThat(page(path).select("main").text()).contains("Ändrad förklaring (test)");
        } finally {
            jdbc.update("update initiative set transparency = ? where id = ?", original, ids.highRisk());
            changed(ids.highRisk());
        }
        assertThat(page(path).select("main").text()).isEqualTo(before);
    }

    private void changed(long initiativeId) {
        transactions.executeWithoutResult(
                status -> context.publishEvent(new se.hoglandet.platform.initiative.InitiativeChanged(initiativeId)));
    }

    @Test
    void theOpenDataApiIsVersionedAndReadableFromAnyOrigin() {
        RawHttp.Response v1 = RawHttp.to(port).get("/api/v1/initiatives", "Origin: https://data.example.org");
        assertThat(v1.status()).isEqualTo(200);
        assertThat(v1.header("Access-Control-Allow-Origin")).isEqualTo("*");
        RawHttp.Response preflight = RawHttp.to(port)
                .send(
                        "OPTIONS",
                        "/api/v1/initiatives",
                        null,
                        "Origin: https://data.example.org",
                        "Access-Control-Request-Method: GET");
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET");

        RawHttp.Response alias = RawHttp.to(port).get("/api/public/initiatives");
        assertThat(alias.status()).isEqualTo(200);
        assertThat(alias.body())
                .isEqualTo(RawHttp.to(port).get("/api/v1/initiatives").body());
        assertThat(alias.header("Sunset")).isEqualTo("Fri, 31 Dec 2027 23:59:59 GMT");
        assertThat(alias.header("Link")).isEqualTo("</api/v1/initiatives>; rel=\"successor-version\"");

        RawHttp.Response openApi = openApiDocument();
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body())
                .contains("/api/v1/initiatives/{id}", "/api/v1/guidelines", "/api/v1/guidelines/{id}")
                .doesNotContain("/api/public/initiatives");
    }

    @Test
    void thePagesAreValidHtml() {
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        for (String path : List.of(
                "/public/initiatives",
                "/public/initiatives?organisation=vetlanda",
                "/public/initiatives/" + ids.highRisk(),
                "/public/verify",
                "/public/verify?code=H15TEST7",
                "/public/about",
                "/public/accessibility",
                "/public/personal-data",
                "/public/initiatives/abc",
                "/public/guidelines",
                "/public/guidelines/" + guideline("eksjo", "PUBLISHED"),
                "/public/guidelines/" + guideline("hoglandsforbundet", "SUPERSEDED"))) {
            for (String language : List.of("", path.contains("?") ? "&lang=en" : "?lang=en")) {
                pages.put(path + language, RawHttp.to(port).get(path + language).body());
            }
        }
        assertThat(se.hoglandet.testsupport.NuHtmlChecker.errors(pages))
                .as("Nu HTML Checker errors")
                .isEmpty();
    }

    /**
     * springdoc builds the document at its first request, which took over a minute on a loaded machine (longer than
     * the client's 30 s read timeout): ask again until it is built.
     */
    private RawHttp.Response openApiDocument() {
        for (int attempt = 1; ; attempt++) {
            try {
                return RawHttp.to(port).get("/api/v1/openapi.json");
            } catch (java.io.UncheckedIOException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** The id of a demo organisation's guideline version in that status (the demo's own, not a test's). */
    private long guideline(String organisation, String status) {
        return jdbc.queryForObject(
                "select max(g.id) from guideline g join organisation o on o.id = g.owner_organisation_id"
                        + " where o.code = ? and g.status = ? and g.demo = true",
                Long.class,
                organisation,
                status);
    }

    private Document page(String path) {
        RawHttp.Response response = RawHttp.to(port).get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(response.cookies()).as(path + " sets no cookie").isEmpty();
        assertThat(response.header("Content-Security-Policy")).as(path).startsWith("default-src 'none'");
        Document page = Jsoup.parse(response.body(), "http://localhost:" + port + path);
        assertThat(page.title()).as(path).containsAnyOf("– Höglandets AI-samverkan", "– Höglandet AI Collaboration");
        return page;
    }

    private int activeSessions() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        return ((Context) server.getTomcat().getHost().findChildren()[0])
                .getManager()
                .getActiveSessions();
    }
}
