package se.hoglandet.platform.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Why a request failed, in words a client can act on, in Swedish and English (texts from the translation bundles):
 * one table from exception and status to reason, used for the API's problem documents (RFC 9457) and the HTML
 * error page alike. Unexpected errors get a reference that is logged with the stack trace; nothing else of them
 * reaches the client.
 */
@Component
public class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Set<Integer> DESCRIBED = Set.of(400, 401, 403, 404, 405, 406, 500);

    /**
     * A reason: HTTP status, the parameter at fault (or null), the translation key and its arguments, and for an
     * unexpected error the reference under which it was logged.
     */
    public record Reason(int status, String parameter, String key, Object[] arguments, String reference) {}

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    /** The reason for an error answered with {@code status}; {@code error} may be null (e.g. a filter's refusal). */
    public Reason reason(Throwable error, int status, String path) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            Reason known = known(t);
            if (known != null) {
                return known;
            }
        }
        if (status >= 500 || (error != null && status < 400)) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error on {}, reference {}", path, reference, error);
            return new Reason(500, null, "problem.detail.500", new Object[] {reference}, reference);
        }
        String key = DESCRIBED.contains(status) ? "problem.detail." + status : "problem.detail.other";
        return new Reason(status, null, key, new Object[0], null);
    }

    private static Reason known(Throwable t) {
        return switch (t) {
            case ApiProblem problem ->
                new Reason(
                        problem.getStatusCode().value(),
                        problem.parameter(),
                        problem.reasonKey(),
                        problem.arguments(),
                        null);
            case MethodArgumentTypeMismatchException mismatch
            when mismatch.getRequiredType() != null
                    && mismatch.getRequiredType().isEnum() ->
                new Reason(
                        400,
                        mismatch.getName(),
                        "problem.parameter.enum",
                        new Object[] {mismatch.getName(), constants(mismatch.getRequiredType())},
                        null);
            case MethodArgumentTypeMismatchException mismatch ->
                new Reason(
                        400, mismatch.getName(), "problem.parameter.invalid", new Object[] {mismatch.getName()}, null);
            case MissingServletRequestParameterException missing ->
                new Reason(
                        400,
                        missing.getParameterName(),
                        "problem.parameter.missing",
                        new Object[] {missing.getParameterName()},
                        null);
            case InvalidParameterException ignored -> new Reason(400, null, "problem.encoding", new Object[0], null);
            case HttpRequestMethodNotSupportedException ignored ->
                new Reason(405, null, "problem.detail.405", new Object[0], null);
            case HttpMediaTypeNotAcceptableException ignored ->
                new Reason(406, null, "problem.detail.406", new Object[0], null);
            case NoResourceFoundException ignored -> new Reason(404, null, "problem.detail.404", new Object[0], null);
            case NoHandlerFoundException ignored -> new Reason(404, null, "problem.detail.404", new Object[0], null);
            default -> null;
        };
    }

    /** The reason as a problem document: RFC 9457 members in Swedish, the same in English with {@code _en}. */
    public Map<String, Object> document(Reason reason, String path) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title(reason, SWEDISH));
        problem.put("status", reason.status());
        problem.put("detail", detail(reason, SWEDISH));
        if (path != null) {
            problem.put("instance", path);
        }
        problem.put("title_en", title(reason, Locale.ENGLISH));
        problem.put("detail_en", detail(reason, Locale.ENGLISH));
        if (reason.parameter() != null) {
            problem.put("parameter", reason.parameter());
        }
        if (reason.reference() != null) {
            problem.put("reference", reason.reference());
        }
        return problem;
    }

    public String title(Reason reason, Locale locale) {
        int status = reason.status();
        if (DESCRIBED.contains(status)) {
            return messages.getMessage("problem.title." + status, null, locale);
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? String.valueOf(status) : known.getReasonPhrase();
    }

    public String detail(Reason reason, Locale locale) {
        return messages.getMessage(reason.key(), reason.arguments(), locale);
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }
}
