package se.hoglandet.platform.assessment;

import se.hoglandet.platform.shared.RecordChanged;

/** An assessment was created or changed: re-read it (search index, notifications). */
public record AssessmentChanged(Long assessmentId) implements RecordChanged {

    @Override
    public String recordType() {
        return AssessmentService.RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return String.valueOf(assessmentId);
    }
}
