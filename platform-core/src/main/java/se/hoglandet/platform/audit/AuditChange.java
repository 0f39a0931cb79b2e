package se.hoglandet.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One key field's value before and after a change. */
@Embeddable
public record AuditChange(
        @Column(name = "field", nullable = false, length = 100)
        String field,

        @Column(name = "before_value", length = 2000) String before,
        @Column(name = "after_value", length = 2000) String after) {

    /** A change of {@code field}, or {@code null} when the value stayed the same. */
    public static AuditChange of(String field, Object before, Object after) {
        String was = before == null ? null : truncate(before.toString());
        String is = after == null ? null : truncate(after.toString());
        return java.util.Objects.equals(was, is) ? null : new AuditChange(field, was, is);
    }

    private static String truncate(String value) {
        return value.length() <= 2000 ? value : value.substring(0, 1999) + "…";
    }
}
