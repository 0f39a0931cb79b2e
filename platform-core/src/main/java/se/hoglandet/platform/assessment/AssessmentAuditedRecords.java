package se.hoglandet.platform.assessment;

import org.springframework.stereotype.Component;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.visibility.ShareableAuditedRecords;

@Component
class AssessmentAuditedRecords extends ShareableAuditedRecords<Assessment> {

    AssessmentAuditedRecords(AssessmentRepository assessments, CurrentActor currentActor) {
        super(AssessmentService.RECORD_TYPE, assessments, currentActor);
    }
}
