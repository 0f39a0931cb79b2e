package se.hoglandet.platform.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.initiative.ProductionClearance;

/** The production gate: approved analyses of the initiative's owner that cover the initiative. */
@Component
class AssessmentProductionClearance implements ProductionClearance {

    private final AssessmentRepository assessments;

    AssessmentProductionClearance(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    @Transactional(readOnly = true)
    public Clearance check(Long initiativeId, Long ownerOrganisationId) {
        List<String> missing = new ArrayList<>();
        Optional<Assessment> analysis =
                assessments.latestApprovedCovering(initiativeId, AssessmentType.RISK_CONSEQUENCE, ownerOrganisationId);
        if (analysis.isEmpty()) {
            missing.add("initiative.missing.riskConsequence");
        }
        boolean dpiaNeeded = assessments
                .latestApprovedCovering(initiativeId, AssessmentType.PRE_SCAN, ownerOrganisationId)
                .map(scan ->
                        scan.template().definition().outcomesFor(scan.answers()).contains("dpiaNeeded"))
                .orElse(false);
        if (dpiaNeeded
                && assessments
                        .latestApprovedCovering(initiativeId, AssessmentType.DPIA, ownerOrganisationId)
                        .isEmpty()) {
            missing.add("initiative.missing.dpia");
        }
        return new Clearance(
                analysis.map(AssessmentProductionClearance::reference).orElse(null), missing);
    }

    private static String reference(Assessment analysis) {
        return "#" + analysis.id() + " " + analysis.title() + " (v" + analysis.versionNumber()
                + (analysis.caseNumber() == null ? "" : ", dnr " + analysis.caseNumber()) + ")";
    }
}
