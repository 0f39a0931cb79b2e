package se.hoglandet.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The open-data API is versioned ({@code /api/v1/…}); its first address, {@code /api/public/…}, stays an alias until
 * {@link #SUNSET} and tells clients so on every answer (RFC 9745 {@code Deprecation}, RFC 8594 {@code Sunset}, and a
 * {@code Link} to the same resource under v1). Its OpenAPI file moved to {@code /api/v1/openapi.json}.
 */
@Component
public class ApiVersions extends OncePerRequestFilter {

    public static final String SUNSET = "2027-12-31";
    static final String OLD = "/api/public/";
    static final String CURRENT = "/api/v1/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path(request).startsWith(OLD);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String successor = request.getContextPath() + CURRENT + path(request).substring(OLD.length());
        if (successor.endsWith("/openapi.json")) {
            response.sendRedirect(successor);
            return;
        }
        response.setHeader("Deprecation", "@1796083200"); // 2026-12-01
        response.setHeader("Sunset", "Fri, 31 Dec 2027 23:59:59 GMT");
        response.setHeader("Link", "<" + successor + ">; rel=\"successor-version\"");
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
