package se.hoglandet.platform.procurement;

import java.math.BigDecimal;

/**
 * A contract as one reader sees it: the value is null and {@code valueHidden} true when the price is confidential
 * and the reader is outside the owning organisation; {@code mayEdit} when the reader is the owner's procurement
 * staff (the rule {@code ContractService.update} enforces).
 */
public record ContractRow(
        Contract contract, ContractTerms terms, BigDecimal value, boolean valueHidden, boolean mayEdit) {}
