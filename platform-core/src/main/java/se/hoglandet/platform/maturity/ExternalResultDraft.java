package se.hoglandet.platform.maturity;

import java.math.BigDecimal;

/** An external result as entered or imported: the organisation is the one it is recorded for. */
public record ExternalResultDraft(
        Long organisationId,
        ExternalInstrument instrument,
        int year,
        String dimension,
        BigDecimal value,
        BigDecimal scaleMax) {}
