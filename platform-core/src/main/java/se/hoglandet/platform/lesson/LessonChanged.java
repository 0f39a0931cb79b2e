package se.hoglandet.platform.lesson;

import se.hoglandet.platform.shared.RecordChanged;

/** A lesson was written or changed: search reindexes it. */
public record LessonChanged(Long lessonId) implements RecordChanged {

    @Override
    public String recordType() {
        return LessonService.RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return String.valueOf(lessonId);
    }
}
