package se.hoglandet.platform.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.hoglandet.platform.visibility.Visibility;

/**
 * A contract or framework agreement as its owner registers it. {@code extensionMonths} are the options in order
 * (2+1+1 years: [12, 12]); {@code priceConfidential} keeps the value inside the owning organisation.
 */
public record ContractDraft(
        String supplier,
        String subject,
        ProcurementCategory category,
        LocalDate startsOn,
        LocalDate endsOn,
        List<Integer> extensionMonths,
        int extensionsUsed,
        int noticeMonths,
        BigDecimal value,
        boolean priceConfidential,
        String contractOwner,
        Long procurementId,
        Visibility visibility) {

    public ContractDraft {
        extensionMonths = extensionMonths == null ? List.of() : List.copyOf(extensionMonths);
    }

    public ContractDraft withUsed(int used) {
        return new ContractDraft(
                supplier,
                subject,
                category,
                startsOn,
                endsOn,
                extensionMonths,
                used,
                noticeMonths,
                value,
                priceConfidential,
                contractOwner,
                procurementId,
                visibility);
    }

    public ContractDraft withNotice(int months) {
        return new ContractDraft(
                supplier,
                subject,
                category,
                startsOn,
                endsOn,
                extensionMonths,
                extensionsUsed,
                months,
                value,
                priceConfidential,
                contractOwner,
                procurementId,
                visibility);
    }
}
