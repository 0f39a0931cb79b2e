package se.hoglandet.platform.ui;

/**
 * Route parameters that carry a record id. An id is 1–18 digits (always within {@code long}), so that anything
 * else — {@code abc}, {@code -1}, a number past {@code Long.MAX_VALUE}, {@code new} — matches no route and the
 * router shows "not found" instead of failing while parsing it. Use in route templates:
 * {@code @Route("initiatives/" + RouteIds.ID)}.
 */
public final class RouteIds {

    /** The digits an id may have: no sign, at most 18, so it always fits a {@code long}. */
    public static final String DIGITS = "([0-9]{1,18})";

    /** The usual {@code :id} parameter. */
    public static final String ID = ":id" + DIGITS;

    /** An organisation's id, as in {@code maturity/cycles/:id/organisations/:organisation}. */
    public static final String ORGANISATION = ":organisation" + DIGITS;

    private RouteIds() {}
}
