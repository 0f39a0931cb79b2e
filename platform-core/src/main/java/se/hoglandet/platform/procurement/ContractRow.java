package se.hoglandet.platform.procurement;

import java.math.BigDecimal;

/**
 * A contract as one reader sees it: the value is null and {@code valueHidden} true when the price is confidential
 * and the reader is outside the owning organisation; {@code mayEdit} when the reader is the owner's procurement
 * staff (the rule {@code ContractService.update} enforces).
 */
public record ContractRow(
        Contract contract, ContractTerms terms, BigDecimal value, boolean valueHidden, boolean mayEdit) {

    /** The contract as its owner's form shows it (with the value as this reader sees it). */
    public ContractDraft draft() {
        return new ContractDraft(
                contract.supplier(),
                contract.subject(),
                contract.category(),
                contract.startsOn(),
                contract.endsOn(),
                terms.extensionMonths(),
                contract.extensionsUsed(),
                contract.noticeMonths(),
                value,
                contract.priceConfidential(),
                contract.contractOwner(),
                contract.procurementId(),
                contract.visibility());
    }
}
