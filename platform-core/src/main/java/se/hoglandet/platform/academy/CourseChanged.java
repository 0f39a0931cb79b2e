package se.hoglandet.platform.academy;

import se.hoglandet.platform.shared.RecordChanged;

/** A course (or one of its sessions) changed: the search index re-reads it. */
public record CourseChanged(Long courseId) implements RecordChanged {

    @Override
    public String recordType() {
        return CourseService.RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return String.valueOf(courseId);
    }
}
