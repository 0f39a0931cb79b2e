package se.hoglandet.platform.publicsite.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.web.LanguageParameter;

/**
 * What every page of the public site tells its layout: language and the address of the page in each language
 * ({@code hreflang}), title and description for search engines and link previews, the canonical address; and how
 * long an anonymous page may be cached.
 */
@Component
class SitePages {

    /**
     * Anonymous pages may be stored by browsers and proxies but are revalidated on every use, so a change shows at
     * once; the ETag makes the revalidation a 304 without a body.
     */
    static final String CACHE_CONTROL = "public, no-cache";

    private final String baseUrl;
    private final String contactEmail;
    private final MessageSource messages;

    SitePages(
            @Value("${portal.base-url:http://localhost:8080}") String baseUrl,
            @Value("${portal.contact-email:kontakt@hoglandet.invalid}") String contactEmail,
            MessageSource messages) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.contactEmail = contactEmail;
        this.messages = messages;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The layout's model for a page titled {@code title} (already in the page's language). */
    Locale describe(Model model, HttpServletRequest request, String title, String description) {
        Locale locale = LanguageParameter.of(request);
        boolean english = Locale.ENGLISH.equals(locale);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = withoutLanguage(request.getQueryString());
        String swedish = path + (query.isEmpty() ? "" : "?" + query);
        String inEnglish = path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=en";
        model.addAttribute("lang", english ? "en" : "sv");
        model.addAttribute("langParam", english ? "&lang=en" : "");
        model.addAttribute("langQuery", english ? "?lang=en" : "");
        model.addAttribute("pageTitle", title);
        model.addAttribute("pageDescription", description);
        model.addAttribute("svUrl", swedish);
        model.addAttribute("enUrl", inEnglish);
        model.addAttribute("otherLanguageUrl", english ? swedish : inEnglish);
        model.addAttribute("canonical", baseUrl + (english ? inEnglish : swedish));
        model.addAttribute("baseUrl", baseUrl);
        model.addAttribute("contactEmail", contactEmail);
        model.addAttribute("format", new Format(locale));
        return locale;
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    static void cacheable(HttpServletResponse response) {
        response.setHeader("Cache-Control", CACHE_CONTROL);
    }

    private static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.startsWith("lang="))
                .collect(Collectors.joining("&"));
    }

    /** Dates and numbers as the page's language writes them (Swedish: "3 mars 2026", "1 234"). */
    record Format(Locale locale) {

        public String day(LocalDate date) {
            return date == null
                    ? ""
                    : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
        }

        public String day(Instant instant) {
            return instant == null ? "" : day(instant.atZone(SwedishTime.ZONE).toLocalDate());
        }

        /** The date as {@code <time datetime>} wants it. */
        public String isoDay(Instant instant) {
            return instant == null
                    ? ""
                    : instant.atZone(SwedishTime.ZONE).toLocalDate().toString();
        }

        public String number(Number number) {
            return number == null
                    ? ""
                    : java.text.NumberFormat.getIntegerInstance(locale).format(number);
        }

        public String decimal(Number number) {
            return number == null
                    ? ""
                    : java.text.NumberFormat.getNumberInstance(locale).format(number);
        }
    }
}
