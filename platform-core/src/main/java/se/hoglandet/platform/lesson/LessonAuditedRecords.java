package se.hoglandet.platform.lesson;

import org.springframework.stereotype.Component;
import se.hoglandet.platform.audit.AuditedRecords;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.visibility.VisibilityRules;

/** A lesson's history is readable by whoever may read the lesson. */
@Component
class LessonAuditedRecords implements AuditedRecords {

    private final LessonRepository lessons;
    private final CurrentActor currentActor;

    LessonAuditedRecords(LessonRepository lessons, CurrentActor currentActor) {
        this.lessons = lessons;
        this.currentActor = currentActor;
    }

    @Override
    public String recordType() {
        return LessonService.RECORD_TYPE;
    }

    @Override
    public boolean currentActorMayRead(String recordId) {
        try {
            return lessons.findById(Long.valueOf(recordId))
                    .filter(l -> VisibilityRules.canRead(currentActor.get(), l)).isPresent();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
