package se.hoglandet.platform.expertise;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What someone asks of another organisation's expert: in which area, what, how many hours and by when. */
public record HelpRequestDraft(
        Long expertPersonId, ExpertiseArea area, String what, BigDecimal hours, LocalDate neededBy) {}
