package se.hoglandet.platform.publicsite.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** How long a rendered register page is kept, on a clock of the test's own. */
class RenderedRegisterPagesTest {

    private static final long MINUTE = RenderedRegisterPages.FRESH_FOR.toNanos();

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RenderedRegisterPages pages = new RenderedRegisterPages(now::get);
    private final AtomicInteger renderings = new AtomicInteger();
    /** What a second visitor was answered while the first one's request was rendering (see {@link #whileRendering}). */
    private final AtomicReference<String> answeredMeanwhile = new AtomicReference<>();

    private boolean whileRendering;

    @Test
    void aPageIsRenderedOnceAndAnsweredFromWhatWasKept() throws Exception {
        assertThat(get("/public/initiatives")).isEqualTo("rendering 1");
        assertThat(get("/public/initiatives")).isEqualTo("rendering 1");
        assertThat(get("/public/initiatives?area=EDUCATION")).isEqualTo("rendering 2");
        assertThat(renderings).hasValue(2);
    }

    @Test
    void aChangeForgetsEveryPage() throws Exception {
        get("/public/initiatives");
        pages.clear();
        assertThat(get("/public/initiatives")).isEqualTo("rendering 2");
    }

    @Test
    void aPageIsFreshForAtLeastThreeQuartersOfAMinuteAndRenderedAgainAfterIt() throws Exception {
        get("/public/initiatives");
        now.addAndGet(MINUTE * 3 / 4 - 1);
        assertThat(get("/public/initiatives")).isEqualTo("rendering 1");
        now.addAndGet(MINUTE / 4 + 2);
        assertThat(get("/public/initiatives")).isEqualTo("rendering 2");
    }

    @Test
    void whileOneRequestRendersAnOldPageAgainOthersAreAnsweredWithTheOldOne() throws Exception {
        get("/public/initiatives");
        now.addAndGet(MINUTE + 1);
        whileRendering = true;
        assertThat(get("/public/initiatives")).isEqualTo("rendering 2");
        assertThat(answeredMeanwhile).hasValue("rendering 1");
        assertThat(renderings).hasValue(2);
        whileRendering = false;
        assertThat(get("/public/initiatives")).isEqualTo("rendering 2");
    }

    @Test
    void aPageTwoMinutesOldIsNeverAnsweredEvenWhileAnotherRequestRendersIt() throws Exception {
        get("/public/initiatives");
        now.addAndGet(2 * MINUTE + 1);
        whileRendering = true;
        assertThat(get("/public/initiatives")).isEqualTo("rendering 2");
        // The other request rendered the page itself rather than answer with the two-minute-old one.
        assertThat(answeredMeanwhile).hasValue("rendering 3");
    }

    @Test
    void aFailedRenderingLetsTheNextRequestTryAgain() throws Exception {
        get("/public/initiatives");
        now.addAndGet(MINUTE + 1);
        MockHttpServletResponse failed = new MockHttpServletResponse();
        pages.doFilter(request("/public/initiatives"), failed, (request, response) -> {
            renderings.incrementAndGet();
            ((HttpServletResponse) response).setStatus(500);
        });
        assertThat(get("/public/initiatives")).isEqualTo("rendering 3");
    }

    private String get(String uri) throws java.io.IOException, jakarta.servlet.ServletException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        pages.doFilter(request(uri), response, chain());
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private FilterChain chain() {
        return (request, response) -> {
            int rendering = renderings.incrementAndGet();
            if (whileRendering) {
                whileRendering = false;
                answeredMeanwhile.set(get(((MockHttpServletRequest) request).getRequestURI()));
            }
            response.setContentType("text/html;charset=UTF-8");
            ((HttpServletResponse) response).setHeader("Cache-Control", SitePages.CACHE_CONTROL);
            response.getOutputStream().write(("rendering " + rendering).getBytes(StandardCharsets.UTF_8));
        };
    }

    private static MockHttpServletRequest request(String uri) {
        int query = uri.indexOf('?');
        MockHttpServletRequest request = new MockHttpServletRequest("GET", query < 0 ? uri : uri.substring(0, query));
        if (query >= 0) {
            request.setQueryString(uri.substring(query + 1));
        }
        return request;
    }
}
