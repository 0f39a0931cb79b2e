package se.hoglandet.testsupport;

import java.util.List;

/**
 * The bad-parameter fixture: values a careless user or an attacker puts into a query or path parameter, kept as a
 * table so that every endpoint is tried with the same values and a new row reaches all of them.
 *
 * <p>Columns: a {@code label} (for test names and failure messages), the value exactly as it goes into the URL
 * ({@code encoded}: already percent-encoded, so malformed encodings, NUL and raw bytes can be written down), and
 * {@code containerMayRefuse}: where the servlet container may refuse such a request itself, before the application
 * sees it, and answer with its own bare 400 — {@code IN_PATH} for what a URL path may not hold (NUL, an encoded
 * slash, bytes that are not UTF-8), {@code ANYWHERE} for a request line past the server's limit.
 *
 * <p>The contract an endpoint is held to ({@link #acceptable}): a 2xx when the value happens to be one it takes
 * (zero is a fine page number), otherwise a 400 or 404 with a readable reason (a problem document for an API, a page
 * with a title for HTML); never a redirect (e.g. to the login page), never a 5xx. Send the values with
 * {@link RawHttp}, which puts them on the wire unchanged.
 */
public final class BadParameters {

    /** Where the servlet container may answer a value with its own 400 instead of the application. */
    public enum Refusal {
        NONE,
        IN_PATH,
        ANYWHERE
    }

    /** One row of the table. */
    public record BadValue(String label, String encoded, Refusal containerMayRefuse) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Every row. */
    public static final List<BadValue> ALL = List.of(
            new BadValue("negative", "-1", Refusal.NONE),
            new BadValue("zero", "0", Refusal.NONE),
            new BadValue("past Integer.MAX_VALUE", "2147483648", Refusal.NONE),
            new BadValue("past Long.MAX_VALUE", "99999999999999999999", Refusal.NONE),
            new BadValue("huge", "999999999", Refusal.NONE),
            new BadValue("decimal", "1.5", Refusal.NONE),
            new BadValue("non-numeric", "abc", Refusal.NONE),
            new BadValue("non-ASCII digit (Arabic-Indic one)", "%D9%A1", Refusal.NONE),
            new BadValue("unknown enum constant", "NO_SUCH_VALUE", Refusal.NONE),
            new BadValue("enum constant in lower case", "education", Refusal.NONE),
            new BadValue("empty", "", Refusal.NONE),
            new BadValue("blank", "%20", Refusal.NONE),
            new BadValue("malformed percent-encoding (overlong UTF-8)", "%C0%AF", Refusal.IN_PATH),
            new BadValue("truncated UTF-8 sequence", "%E2%82", Refusal.IN_PATH),
            new BadValue("percent sign without hex digits", "%ZZ", Refusal.IN_PATH),
            new BadValue("NUL", "%00", Refusal.IN_PATH),
            new BadValue("control character (escape)", "%1B%5B2J", Refusal.NONE),
            new BadValue("right-to-left override", "%E2%80%AEtxt.exe", Refusal.NONE),
            new BadValue("emoji", "%F0%9F%A4%96", Refusal.NONE),
            new BadValue("markup", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", Refusal.IN_PATH),
            new BadValue("SQL", "1%27%20OR%20%271%27%3D%271", Refusal.NONE),
            new BadValue("path traversal", "..%2F..%2Fetc%2Fpasswd", Refusal.IN_PATH),
            new BadValue("long value (4 000 characters)", "x".repeat(4_000), Refusal.NONE),
            new BadValue(
                    "value past the request-line limit (20 000 characters)", "y".repeat(20_000), Refusal.ANYWHERE));

    private BadParameters() {}

    /**
     * Whether a response meets the contract above: {@code inPath} says where the value was sent, {@code
     * readableReason} whether the body explains itself.
     */
    public static boolean acceptable(BadValue value, boolean inPath, int status, boolean readableReason) {
        if (status >= 200 && status < 300) {
            return true;
        }
        if (status == 400 || status == 404) {
            boolean containersOwn = value.containerMayRefuse() == Refusal.ANYWHERE
                    || (inPath && value.containerMayRefuse() == Refusal.IN_PATH);
            return readableReason || (containersOwn && status == 400);
        }
        return false;
    }
}
