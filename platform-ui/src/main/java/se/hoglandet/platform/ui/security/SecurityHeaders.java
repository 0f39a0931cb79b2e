package se.hoglandet.platform.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response: Content-Security-Policy, X-Content-Type-Options, Referrer-Policy,
 * X-Frame-Options, Cache-Control (no-store unless a handler says otherwise, see {@link #noStoreByDefault}) and,
 * on HTTPS (also behind a trusted proxy), HSTS. Written before the request is handled: Vaadin's pages are served
 * through a forward, after which headers written "on commit" would never appear.
 *
 * <p>The portal's policy, and why each exception to "same origin only" is there:
 *
 * <ul>
 *   <li>{@code script-src 'self' 'nonce-…' 'unsafe-eval'}: Vaadin's bootstrap page has a few inline scripts, which
 *       get this response's nonce ({@link VaadinScriptNonce}); {@code executeJs} (used by the chart component and
 *       Vaadin itself) compiles its code with {@code new Function}, which needs {@code 'unsafe-eval'}. No
 *       {@code 'unsafe-inline'} for scripts: an injected {@code <script>} or event handler does not run.
 *   <li>{@code style-src 'self' 'unsafe-inline'}: Vaadin's components and the bootstrap page set inline styles.
 *   <li>{@code img-src}/{@code font-src} also {@code data:} (icons inlined by the theme), {@code blob:} for
 *       images made in the browser (charts exported as images).
 *   <li>Everything else is {@code 'self'} or {@code 'none'}: no plug-ins, no framing, forms post to the portal
 *       only, {@code <base>} cannot point elsewhere.
 * </ul>
 */
final class SecurityHeaders {

    /** The request attribute holding this response's script nonce. */
    static final String NONCE = SecurityHeaders.class.getName() + ".nonce";

    static final String PORTAL_POLICY = "default-src 'self'; script-src 'self' 'nonce-%s' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The public site: server-rendered pages that need no script at all, one stylesheet and images of their own;
     * forms (certificate verification, filters) submit to the site itself. {@code connect-src 'self'} only lets
     * auditing tools read the site's own robots.txt from the page; no script may run to use it.
     */
    static final String SITE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** JSON and CSV: nothing in them may load or run anything. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecurityHeaders() {}

    static void portal(HeadersConfigurer<HttpSecurity> headers) {
        noStoreByDefault(common(headers)).addHeaderWriter(portalPolicy());
    }

    /** The public site sets its own Cache-Control (its pages may be cached), so none is written here. */
    static void site(HeadersConfigurer<HttpSecurity> headers) {
        common(headers)
                .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                .contentSecurityPolicy(policy -> policy.policyDirectives(SITE_POLICY));
    }

    static void api(HeadersConfigurer<HttpSecurity> headers) {
        noStoreByDefault(common(headers)).contentSecurityPolicy(policy -> policy.policyDirectives(API_POLICY));
    }

    /**
     * {@code Cache-Control: no-store} unless the handler then says otherwise, as Vaadin does for its scripts and
     * styles (an hour, or a year for names that change with their content). Only this one header: Spring's default
     * also writes {@code Pragma: no-cache} and {@code Expires: 0}, which a handler's {@code Cache-Control} does not
     * replace, and Chromium takes {@code Pragma: no-cache} as "always revalidate" — every page load then asked the
     * server again for each of its ~25 cached scripts and styles, one round trip per step of the import chain.
     */
    private static HeadersConfigurer<HttpSecurity> noStoreByDefault(HeadersConfigurer<HttpSecurity> headers) {
        return headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                .addHeaderWriter((request, response) -> {
                    if (!response.containsHeader("Cache-Control")) {
                        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
                    }
                });
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(policy -> policy.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
        return headers;
    }

    /** The portal's policy with a fresh nonce, which is also left on the request for the bootstrap page. */
    private static HeaderWriter portalPolicy() {
        return (request, response) -> {
            if (!response.containsHeader("Content-Security-Policy")) {
                response.setHeader("Content-Security-Policy", PORTAL_POLICY.formatted(nonce(request)));
            }
        };
    }

    static String nonce(HttpServletRequest request) {
        if (request.getAttribute(NONCE) instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        return nonce;
    }
}
