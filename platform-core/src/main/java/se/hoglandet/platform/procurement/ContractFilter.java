package se.hoglandet.platform.procurement;

/** Filters of the contract register; {@code null} means any; {@code text} matches supplier and subject. */
public record ContractFilter(ProcurementCategory category, Long organisationId, String text) {

    public static ContractFilter none() {
        return new ContractFilter(null, null, null);
    }
}
