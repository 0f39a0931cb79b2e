package se.hoglandet.platform.procurement;

import java.time.LocalDate;

/** A contract's notice deadline is near: its organisation's procurement staff are to be reminded. */
public record ContractNoticeDue(
        Long contractId,
        Long organisationId,
        String subject,
        String supplier,
        LocalDate noticeDeadline,
        LocalDate currentEnd) {}
