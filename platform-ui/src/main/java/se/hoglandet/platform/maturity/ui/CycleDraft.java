package se.hoglandet.platform.maturity.ui;

import java.time.LocalDate;
import java.util.Set;

/**
 * A survey cycle as the form holds it before {@code MaturityService.createCycle} (which takes these as arguments):
 * public, because the form's Binder builds it by reflection.
 */
public record CycleDraft(String name, Long modelId, LocalDate opensOn, LocalDate closesOn, Set<Long> organisationIds) {

    public CycleDraft {
        organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
    }
}
