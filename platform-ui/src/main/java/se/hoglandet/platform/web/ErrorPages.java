package se.hoglandet.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error that leaves Spring MVC or a filter ends here (the servlet container's error dispatch): under
 * {@code /api/} as an {@code application/problem+json} document, elsewhere as a page with a title and the reason in
 * the page's language (Swedish, or English with {@code lang=en}). Never a login redirect (the error dispatch is open to everyone), never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    /** A request attribute with the {@link Throwable} a filter refused the request for. */
    static final String REFUSAL = ErrorPages.class.getName() + ".refusal";

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final ErrorAttributes errors;
    private final Problems problems;
    private final JsonMapper json;

    ErrorPages(ErrorAttributes errors, Problems problems, JsonMapper json) {
        this.errors = errors;
        this.problems = problems;
        this.json = json;
    }

    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable error = errors.getError(new ServletWebRequest(request));
        if (error == null && request.getAttribute(REFUSAL) instanceof Throwable refusal) {
            error = refusal;
        }
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : null;
        Problems.Reason reason = problems.reason(error, status(request), path);
        response.setStatus(reason.status());
        if (path != null && path.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problems.document(reason, path));
            return null;
        }
        // The public site's layout around it, in the language of the page that failed, in plain words: a parameter
        // at fault is named in the API's problem document, not on a page for residents.
        Locale locale = english(request) ? Locale.ENGLISH : SWEDISH;
        Problems.Reason shown = reason.parameter() != null
                ? new Problems.Reason(400, null, "error.page.badAddress", null, null)
                : reason;
        String title = problems.title(shown, locale);
        String detail = problems.detail(shown, locale);
        String here = path == null ? "/" : path;
        Map<String, Object> model = new HashMap<>();
        model.put("status", reason.status());
        model.put("title", title);
        model.put("detail", detail);
        model.put("pageTitle", title);
        model.put("pageDescription", detail);
        boolean inEnglish = Locale.ENGLISH.equals(locale);
        model.put("lang", inEnglish ? "en" : "sv");
        model.put("langQuery", inEnglish ? "?lang=en" : "");
        model.put("langParam", inEnglish ? "&lang=en" : "");
        model.put("baseUrl", "");
        model.put("svUrl", here);
        model.put("enUrl", here + "?lang=en");
        model.put("otherLanguageUrl", inEnglish ? here : here + "?lang=en");
        response.setHeader("Cache-Control", "no-store");
        return new ModelAndView("error", model, HttpStatus.valueOf(reason.status()));
    }

    /** Whether the failed request asked for English ({@code lang=en} in its query, which the error dispatch keeps). */
    private static boolean english(HttpServletRequest request) {
        Object query = request.getAttribute("jakarta.servlet.error.query_string");
        String original = query instanceof String q ? q : request.getQueryString();
        return original != null && java.util.Arrays.asList(original.split("&")).contains("lang=en");
    }

    private static int status(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
    }
}
