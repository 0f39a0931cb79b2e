package se.hoglandet.platform.lesson;

import org.springframework.stereotype.Component;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.visibility.ShareableAuditedRecords;

@Component
class LessonAuditedRecords extends ShareableAuditedRecords<Lesson> {

    LessonAuditedRecords(LessonRepository lessons, CurrentActor currentActor) {
        super(LessonService.RECORD_TYPE, lessons, currentActor);
    }
}
