package se.hoglandet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.hoglandet.testsupport.BadParameters;
import se.hoglandet.testsupport.BadParameters.BadValue;
import se.hoglandet.testsupport.RawHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every public HTTP endpoint — the open-data API and the public site, found in Spring MVC's handler mappings, not
 * listed here — with every row of the {@link BadParameters} fixture in each of its path and query parameters: a
 * 2xx when the value is acceptable, otherwise a 400/404 with a readable reason (a problem document in Swedish and
 * English, or a page with a title and a heading); never a redirect, never a 5xx, and no server error recorded in
 * the metrics ({@code http.server.requests}, outcome SERVER_ERROR).
 */
@WebHardeningTest
class PublicEndpointsBadParametersTest {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MeterRegistry metrics;

    /** A public GET endpoint: its path pattern and its query parameters. */
    record Endpoint(String pattern, Set<String> queryParameters) {}

    @Test
    void everyPublicEndpointAnswersEveryBadValueWithA400Or404ProblemAndNeverA5xx() {
        List<Endpoint> endpoints = publicEndpoints();
        assertThat(endpoints)
                .as("found by reflection")
                .extracting(Endpoint::pattern)
                .contains(
                        "/api/v1/initiatives",
                        "/api/v1/initiatives/{id}",
                        "/api/v1/initiatives.csv",
                        "/api/public/initiatives",
                        "/public/initiatives",
                        "/public/initiatives/{id}",
                        "/public/verify",
                        "/api/v1/guidelines",
                        "/api/v1/guidelines/{id}",
                        "/public/guidelines",
                        "/public/guidelines/{id}");
        double serverErrorsBefore = serverErrors();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Endpoint endpoint : endpoints) {
            for (BadValue value : BadParameters.ALL) {
                for (String target : targets(endpoint, value)) {
                    requests++;
                    RawHttp.Response response = RawHttp.to(port).get(target);
                    boolean inPath = !target.contains("?");
                    if (!BadParameters.acceptable(value, inPath, response.status(), readable(response))) {
                        failures.add(value.label() + " → " + response.status() + " " + response.header("Content-Type")
                                + " at " + abbreviate(target) + ": " + abbreviate(response.body()));
                    }
                }
            }
        }
        assertThat(failures).as("of %d requests", requests).isEmpty();
        assertThat(serverErrors() - serverErrorsBefore)
                .as("server errors recorded in http.server.requests")
                .isZero();
    }

    @Test
    void recordIdsThatAreNotNumbersAre400AndUnknownOnesAre404() {
        Map<String, Integer> expected = Map.of(
                "abc", 400,
                "99999999999999999999", 400,
                "1.5", 400,
                "-1", 404,
                "0", 404,
                "999999999999", 404);
        expected.forEach((id, status) -> {
            RawHttp.Response response = RawHttp.to(port).get("/api/public/initiatives/" + id);
            assertThat(response.status()).as(id).isEqualTo(status);
            assertThat(response.header("Content-Type")).as(id).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(text(problem, "status")).isEqualTo(String.valueOf(status));
            assertThat(text(problem, "detail")).as(id).isNotBlank();
            assertThat(text(problem, "detail_en")).as(id).isNotBlank();
        });
    }

    @Test
    void apiErrorsAreNeverARedirectToTheLoginPage() {
        for (String target : List.of(
                "/api/public/initiatives?page=999999999",
                "/api/public/initiatives?area=%C0%AF",
                "/api/public/initiatives?size=100000",
                "/api/public/no-such-thing",
                "/api/not-public")) {
            RawHttp.Response response = RawHttp.to(port).get(target);
            assertThat(response.status()).as(target).isIn(400, 401, 404);
            assertThat(response.header("Location")).as(target).isNull();
            assertThat(response.header("Content-Type")).as(target).startsWith("application/problem+json");
            assertThat(response.cookies())
                    .as(target + ": no session for the API")
                    .isEmpty();
        }
        RawHttp.Response page = RawHttp.to(port).get("/api/public/initiatives?page=999999999");
        assertThat(text(JSON.readTree(page.body()), "parameter")).isEqualTo("page");
        RawHttp.Response post = RawHttp.to(port).post("/api/public/initiatives", "x=1");
        assertThat(post.status()).as("the API is read-only").isEqualTo(405);
    }

    private List<Endpoint> publicEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            Set<String> parameters = new LinkedHashSet<>();
            for (Parameter parameter : mapping.getValue().getMethod().getParameters()) {
                RequestParam query = parameter.getAnnotation(RequestParam.class);
                if (query != null) {
                    parameters.add(!query.name().isEmpty() ? query.name() : parameter.getName());
                }
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")
                        || pattern.startsWith("/public")
                        || pattern.matches("/[a-z]+\\.(xml|txt)")) {
                    endpoints.add(new Endpoint(pattern, parameters));
                }
            }
        }
        return endpoints;
    }

    /** The endpoint with the value in each path variable in turn (others "1"), then in each query parameter. */
    private static List<String> targets(Endpoint endpoint, BadValue value) {
        List<String> targets = new ArrayList<>();
        List<String> variables = PATH_VARIABLE
                .matcher(endpoint.pattern())
                .results()
                .map(m -> m.group(1))
                .toList();
        for (String variable : variables) {
            targets.add(fill(endpoint.pattern(), variable, value.encoded()));
        }
        String base = fill(endpoint.pattern(), null, null);
        for (String parameter : endpoint.queryParameters()) {
            targets.add(base + "?" + parameter + "=" + value.encoded());
        }
        return targets;
    }

    private static String fill(String pattern, String variable, String value) {
        Matcher m = PATH_VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).equals(variable) ? value : "1"));
        }
        return m.appendTail(out).toString();
    }

    /** A problem document that says what went wrong in both languages, or a page with a title and a heading. */
    private static boolean readable(RawHttp.Response response) {
        String type = response.header("Content-Type");
        if (type != null && type.startsWith("text/html")) {
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(response.body());
            return !page.title().isBlank() && page.selectFirst("h1") != null;
        }
        if (type == null || !type.startsWith("application/problem+json")) {
            return false;
        }
        JsonNode problem = JSON.readTree(response.body());
        return text(problem, "status").equals(String.valueOf(response.status()))
                && !text(problem, "detail").isBlank()
                && !text(problem, "detail_en").isBlank();
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : "";
    }

    private double serverErrors() {
        return metrics.find("http.server.requests").tag("outcome", "SERVER_ERROR").timers().stream()
                .mapToDouble(Timer::count)
                .sum();
    }

    private static String abbreviate(String text) {
        String oneLine = String.valueOf(text).replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
