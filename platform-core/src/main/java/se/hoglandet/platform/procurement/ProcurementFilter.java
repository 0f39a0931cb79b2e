package se.hoglandet.platform.procurement;

/** Filters of the procurement list; {@code null} means any; {@code organisationId} matches lead and participants. */
public record ProcurementFilter(
        ProcurementCategory category, ProcurementPhase phase, Long organisationId, String text) {

    public static ProcurementFilter none() {
        return new ProcurementFilter(null, null, null, null);
    }
}
