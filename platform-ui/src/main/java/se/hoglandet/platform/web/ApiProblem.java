package se.hoglandet.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal a client can act on: a status, the translation key of the reason and its arguments, and the parameter
 * at fault if any. Spring answers it with the status (no stack trace, no 5xx); {@link ErrorPages} writes the
 * problem document.
 */
public class ApiProblem extends ErrorResponseException {

    private final String parameter;
    private final String reasonKey;
    private final transient Object[] arguments;

    private ApiProblem(HttpStatus status, String parameter, String reasonKey, Object... arguments) {
        super(status);
        this.parameter = parameter;
        this.reasonKey = reasonKey;
        this.arguments = arguments;
    }

    /** A query or path parameter with a value the endpoint cannot take. */
    public static ApiProblem badParameter(String parameter, String reasonKey, Object... arguments) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, parameter, reasonKey, arguments);
    }

    /** Nothing public under this address (unknown and unpublished look the same). */
    public static ApiProblem notFound(String reasonKey, Object... arguments) {
        return new ApiProblem(HttpStatus.NOT_FOUND, null, reasonKey, arguments);
    }

    public String parameter() {
        return parameter;
    }

    public String reasonKey() {
        return reasonKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
