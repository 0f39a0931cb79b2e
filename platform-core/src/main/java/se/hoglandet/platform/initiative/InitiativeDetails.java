package se.hoglandet.platform.initiative;

import java.time.LocalDate;
import java.util.Set;

/**
 * Everything a project lead fills in about an initiative, as one value: the form edits it, the service applies it
 * as a whole, so a refused save changes nothing.
 */
public record InitiativeDetails(
        String title,
        String summary,
        String purpose,
        String contactName,
        String contactEmail,
        Area area,
        AiType aiType,
        String tools,
        String supplier,
        String dataUsed,
        DataClass dataClass,
        String legalBasis,
        String humanOversight,
        String transparency,
        AiActRole aiActRole,
        RiskGroup riskGroup,
        LocalDate startDate,
        LocalDate endDate,
        String budget,
        String links,
        Set<String> tags) {

    public InitiativeDetails {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** A minimal, valid start: the rest can follow. */
    public static InitiativeDetails of(String title, String summary, Area area) {
        return new InitiativeDetails(
                title,
                summary,
                null,
                null,
                null,
                area,
                AiType.GENERATIVE,
                null,
                null,
                null,
                DataClass.PUBLIC,
                null,
                null,
                null,
                AiActRole.DEPLOYER,
                RiskGroup.MINIMAL,
                null,
                null,
                null,
                null,
                Set.of());
    }
}
