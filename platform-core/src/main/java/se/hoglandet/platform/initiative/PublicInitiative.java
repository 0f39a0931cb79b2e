package se.hoglandet.platform.initiative;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import se.hoglandet.platform.organisation.Organisation;

/**
 * What anyone, signed in or not, may see of a PUBLIC initiative: title, summary and the owner organisation always;
 * every other field only if its owner published it ({@link PublicField}), otherwise {@code null}. Internal
 * fields (budget, tags, the production decision, named organisations, the contact's name) have no place here at
 * all. The public pages, the open API, the CSV export and the owner's preview all use this one projection.
 */
public record PublicInitiative(
        Long id,
        String title,
        String summary,
        PublicOrganisation owner,
        List<PublicOrganisation> participants,
        String purpose,
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
        InitiativeStatus status,
        Integer collaborationLevel,
        List<String> links,
        List<PublicEffect> effects,
        Instant updatedAt) {

    /** An organisation by its stable code, its name, and its organisation number where known. */
    public record PublicOrganisation(String code, String name, String organisationNumber) {
        static PublicOrganisation of(Organisation organisation) {
            return new PublicOrganisation(organisation.code(), organisation.name(), organisation.organisationNumber());
        }
    }

    /** A published effect indicator and its measurements. */
    public record PublicEffect(
            String name, String unit, BigDecimal baseline, BigDecimal target, List<PublicMeasurement> measurements) {}

    public record PublicMeasurement(LocalDate measuredOn, BigDecimal value) {}

    /**
     * The public face of {@code initiative}. {@code effects} is {@code null} where effects are not loaded (lists);
     * they are shown only if published.
     */
    public static PublicInitiative of(Initiative initiative, List<EffectIndicator> effects) {
        Set<PublicField> shown = initiative.publicFields();
        return new PublicInitiative(
                initiative.id(),
                initiative.title(),
                initiative.summary(),
                PublicOrganisation.of(initiative.ownerOrganisation()),
                shown.contains(PublicField.ORGANISATIONS)
                        ? initiative.participatingOrganisations().stream()
                                .sorted(Comparator.comparing(Organisation::name))
                                .map(PublicOrganisation::of)
                                .toList()
                        : null,
                shown.contains(PublicField.PURPOSE) ? initiative.purpose() : null,
                shown.contains(PublicField.CONTACT_EMAIL) ? initiative.contactEmail() : null,
                shown.contains(PublicField.AREA) ? initiative.area() : null,
                shown.contains(PublicField.AI_TYPE) ? initiative.aiType() : null,
                shown.contains(PublicField.TOOLS) ? initiative.tools() : null,
                shown.contains(PublicField.SUPPLIER) ? initiative.supplier() : null,
                shown.contains(PublicField.DATA_USED) ? initiative.dataUsed() : null,
                shown.contains(PublicField.DATA_CLASS) ? initiative.dataClass() : null,
                shown.contains(PublicField.LEGAL_BASIS) ? initiative.legalBasis() : null,
                shown.contains(PublicField.HUMAN_OVERSIGHT) ? initiative.humanOversight() : null,
                shown.contains(PublicField.TRANSPARENCY) ? initiative.transparency() : null,
                shown.contains(PublicField.AI_ACT) ? initiative.aiActRole() : null,
                shown.contains(PublicField.AI_ACT) ? initiative.riskGroup() : null,
                shown.contains(PublicField.DATES) ? initiative.startDate() : null,
                shown.contains(PublicField.DATES) ? initiative.endDate() : null,
                shown.contains(PublicField.STATUS) ? initiative.status() : null,
                shown.contains(PublicField.COLLABORATION_LEVEL)
                        ? initiative.collaborationLevel().number()
                        : null,
                shown.contains(PublicField.LINKS) && initiative.links() != null
                        ? Arrays.stream(initiative.links().split("\\R"))
                                .map(String::strip)
                                .filter(l -> !l.isEmpty())
                                .toList()
                        : null,
                shown.contains(PublicField.EFFECTS) && effects != null
                        ? effects.stream()
                                .map(e -> new PublicEffect(
                                        e.name(),
                                        e.unit(),
                                        e.baseline(),
                                        e.target(),
                                        e.measurements().stream()
                                                .map(m -> new PublicMeasurement(m.measuredOn(), m.value()))
                                                .toList()))
                                .toList()
                        : null,
                initiative.updatedAt());
    }
}
