package se.hoglandet.platform.guideline;

import java.util.List;

/**
 * The live state of a control in one organisation: whether the rule is followed, and the sentence that says so as
 * a text key ({@code guideline.control.<CONTROL>.<variant>} in the UI's bundles) with its figures, e.g. variant
 * {@code some} with {@code [2, 3]} → "2 av 3 initiativ i drift har en godkänd analys". Dates among the figures are
 * {@link java.time.LocalDate}s, formatted by whoever shows them.
 */
public record ControlStatus(PlatformControl control, Verdict verdict, String variant, List<Object> figures) {

    public enum Verdict {
        FOLLOWED,
        PARTLY,
        NOT_FOLLOWED,
        /** Nothing to measure yet (no initiative in production, no staff in the directory…). */
        NOT_MEASURED
    }

    public ControlStatus {
        figures = List.copyOf(figures);
    }

    public static ControlStatus of(PlatformControl control, Verdict verdict, String variant, Object... figures) {
        return new ControlStatus(control, verdict, variant, List.of(figures));
    }

    /** The verdict of "{@code done} of {@code total}": all, some or none; nothing to measure when total is 0. */
    public static Verdict share(long done, long total) {
        if (total == 0) {
            return Verdict.NOT_MEASURED;
        }
        return done == total ? Verdict.FOLLOWED : done == 0 ? Verdict.NOT_FOLLOWED : Verdict.PARTLY;
    }
}
