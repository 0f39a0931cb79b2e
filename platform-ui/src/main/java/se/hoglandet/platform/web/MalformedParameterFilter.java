package se.hoglandet.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query string or form body that cannot be decoded (e.g. {@code ?area=%C0%AF}, not UTF-8) makes Tomcat throw
 * when anyone first reads a parameter: Spring MVC, Spring Security or Vaadin. Whoever it was, the client gets a
 * 400 with the reason instead of a 500. Outside Spring Security, so that it covers every request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedParameterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            InvalidParameterException malformed = malformed(e);
            if (malformed == null || response.isCommitted()) {
                throw e;
            }
            request.setAttribute(ErrorPages.REFUSAL, malformed);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static InvalidParameterException malformed(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InvalidParameterException invalid) {
                return invalid;
            }
        }
        return null;
    }
}
