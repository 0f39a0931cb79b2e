package se.hoglandet.platform.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import se.hoglandet.platform.visibility.Visibility;

/**
 * What the author writes: subject (an AI tool/service and/or initiatives), case number (diarienummer), secrecy
 * (OSL: then only PRIVATE or SHARED), who may read it (visibility, organisations named, organisations taking part), the answers by question key and the risk register.
 */
public record AssessmentDraft(
        String title,
        String tool,
        String caseNumber,
        boolean secret,
        Visibility visibility,
        Set<Long> namedOrganisationIds,
        Set<Long> participatingOrganisationIds,
        Set<Long> initiativeIds,
        Map<String, String> answers,
        List<Risk> risks) {

    public AssessmentDraft {
        namedOrganisationIds = namedOrganisationIds == null ? Set.of() : Set.copyOf(namedOrganisationIds);
        participatingOrganisationIds =
                participatingOrganisationIds == null ? Set.of() : Set.copyOf(participatingOrganisationIds);
        initiativeIds = initiativeIds == null ? Set.of() : Set.copyOf(initiativeIds);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        risks = risks == null ? List.of() : List.copyOf(risks);
    }

    /** A new, empty assessment readable across the federation (the default). */
    public static AssessmentDraft titled(String title, String tool, Set<Long> initiativeIds) {
        return new AssessmentDraft(
                title,
                tool,
                null,
                false,
                Visibility.FEDERATION,
                Set.of(),
                Set.of(),
                initiativeIds,
                Map.of(),
                List.of());
    }

    public AssessmentDraft withAnswers(Map<String, String> newAnswers) {
        return new AssessmentDraft(
                title,
                tool,
                caseNumber,
                secret,
                visibility,
                namedOrganisationIds,
                participatingOrganisationIds,
                initiativeIds,
                newAnswers,
                risks);
    }

    public AssessmentDraft withRisks(List<Risk> newRisks) {
        return new AssessmentDraft(
                title,
                tool,
                caseNumber,
                secret,
                visibility,
                namedOrganisationIds,
                participatingOrganisationIds,
                initiativeIds,
                answers,
                newRisks);
    }

    public AssessmentDraft withSharing(boolean newSecret, Visibility newVisibility, Set<Long> newNamed) {
        return new AssessmentDraft(
                title,
                tool,
                caseNumber,
                newSecret,
                newVisibility,
                newNamed,
                participatingOrganisationIds,
                initiativeIds,
                answers,
                risks);
    }

    /** Organisations the assessment is made together with: they read it whatever its visibility. */
    public AssessmentDraft withParticipants(Set<Long> newParticipants) {
        return new AssessmentDraft(
                title,
                tool,
                caseNumber,
                secret,
                visibility,
                namedOrganisationIds,
                newParticipants,
                initiativeIds,
                answers,
                risks);
    }
}
