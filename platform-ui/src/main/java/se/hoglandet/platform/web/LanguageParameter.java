package se.hoglandet.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of pages rendered outside Vaadin (the public site, error pages): Swedish, or English with
 * {@code ?lang=en} — never the browser's preference, as in the portal. A link per page switches; the address says
 * which language a page is in, so that search engines and caches keep them apart.
 */
@Component("localeResolver")
public class LanguageParameter implements LocaleResolver {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return of(request);
    }

    /** The page's language from the request. Reading the query string, not parameters: never a parsing failure. */
    public static Locale of(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.equals("lang=en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return SWEDISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen by the address (?lang=en)");
    }
}
