package se.hoglandet.platform.initiative;

import java.util.List;

/**
 * Whether an initiative may go into production: an approved risk and consequence analysis by its owner that
 * covers it (and an approved DPIA where the pre-scan says one is needed). Implemented by the assessment
 * capability, which depends on initiatives and not the other way round.
 */
public interface ProductionClearance {

    Clearance check(Long initiativeId, Long ownerOrganisationId);

    /**
     * @param analysisReference the approved analysis the decision rests on, as recorded on the initiative
     * @param missing           what is missing, as message keys ({@code initiative.missing.*}); empty when cleared
     */
    record Clearance(String analysisReference, List<String> missing) {

        public Clearance {
            missing = List.copyOf(missing);
        }

        public boolean cleared() {
            return missing.isEmpty();
        }
    }
}
