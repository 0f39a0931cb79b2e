package se.hoglandet.platform.initiative;

import java.util.List;
import java.util.Map;

/**
 * The public register in figures: PUBLIC initiatives per owner organisation (by name) and per risk group (only
 * those whose owners published the AI Act classification).
 */
public record PublicCounts(List<PerOrganisation> perOrganisation, Map<RiskGroup, Long> perRiskGroup) {

    public PublicCounts {
        perOrganisation = List.copyOf(perOrganisation);
        perRiskGroup = Map.copyOf(perRiskGroup);
    }

    public record PerOrganisation(Long id, String code, String name, long count) {}

    public long total() {
        return perOrganisation.stream().mapToLong(PerOrganisation::count).sum();
    }
}
