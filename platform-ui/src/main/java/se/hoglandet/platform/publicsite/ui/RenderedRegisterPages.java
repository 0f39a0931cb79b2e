package se.hoglandet.platform.publicsite.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The register's pages (the list and an initiative) as rendered, kept by address (path and query, so language and
 * filters too) for the next visitor: the register changes rarely and is read often. Any record change empties the
 * cache once committed (a published lesson or a renamed organisation shows on these pages too), and a page is kept
 * a minute at most, so a change made on another application node shows within a minute as well. When a kept page has
 * grown old, one request renders it again while the others are still answered with the kept one (never more than a
 * second minute), and each page's minute is shortened by a random part of up to a quarter, so that the pages rendered
 * together at start do not all fall due in the same second and queue behind each other. Only what was
 * answered 200 as a public, cacheable page is kept; the ETag filter around this one still answers 304 from the
 * kept body, and a request with {@code If-Modified-Since} goes to the controller, which answers it itself.
 */
class RenderedRegisterPages extends OncePerRequestFilter {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);
    static final int MAX_PAGES = 1_000;

    /**
     * A rendered page: body, the headers the controller set, when it was rendered and until when it is fresh, and
     * whether a request is rendering it again.
     */
    private record Kept(
            byte[] body,
            String contentType,
            String cacheControl,
            String lastModified,
            long renderedAt,
            long freshUntil,
            AtomicBoolean rerendering) {

        /** Whether this request should answer with the kept page rather than render it again. */
        boolean answers(long now) {
            if (now - freshUntil < 0) {
                return true;
            }
            // Old: one request renders it again; the others keep the old one meanwhile, up to twice the freshness.
            return now - renderedAt < 2 * FRESH_FOR.toNanos() && !rerendering.compareAndSet(false, true);
        }
    }

    private final LongSupplier nanoTime;

    /** Counts the clearings: a page rendered while a change was committed is not kept. */
    private long generation;

    private final Map<String, Kept> pages = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > MAX_PAGES;
        }
    };

    RenderedRegisterPages() {
        this(System::nanoTime);
    }

    /** With a clock of its own, for tests of how long a page is kept. */
    RenderedRegisterPages(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Forgets every kept page (see {@link RegisterPageCaching#recordChanged}). */
    void clear() {
        synchronized (pages) {
            pages.clear();
            generation++;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getHeader("If-Modified-Since") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        long now = nanoTime.getAsLong();
        Kept kept;
        long renderedIn;
        synchronized (pages) {
            kept = pages.get(key);
            renderedIn = generation;
        }
        if (kept != null && kept.answers(now)) {
            response.setContentType(kept.contentType());
            response.setHeader("Cache-Control", kept.cacheControl());
            if (kept.lastModified() != null) {
                response.setHeader("Last-Modified", kept.lastModified());
            }
            response.setContentLength(kept.body().length);
            response.getOutputStream().write(kept.body());
            return;
        }
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, rendering);
        } finally {
            if (kept != null) {
                // Replaced below if this rendering is kept; otherwise the next request tries again.
                kept.rerendering().set(false);
            }
        }
        String cacheControl = rendering.getHeader("Cache-Control");
        if (rendering.getStatus() == 200
                && SitePages.CACHE_CONTROL.equals(cacheControl)
                && !rendering.containsHeader("Set-Cookie")
                && rendering.getContentType() != null) {
            Kept fresh = new Kept(
                    rendering.getContentAsByteArray(),
                    rendering.getContentType(),
                    cacheControl,
                    rendering.getHeader("Last-Modified"),
                    now,
                    now + FRESH_FOR.toNanos() - ThreadLocalRandom.current().nextLong(FRESH_FOR.toNanos() / 4),
                    new AtomicBoolean());
            synchronized (pages) {
                if (generation == renderedIn) {
                    pages.put(key, fresh);
                }
            }
        }
        rendering.copyBodyToResponse();
    }
}
