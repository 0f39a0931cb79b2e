package se.hoglandet.platform.initiative;

import org.springframework.stereotype.Component;
import se.hoglandet.platform.audit.AuditedRecords;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.visibility.VisibilityRules;

/** An initiative's history is readable by whoever may read the initiative. */
@Component
class InitiativeAuditedRecords implements AuditedRecords {

    private final InitiativeRepository initiatives;
    private final CurrentActor currentActor;

    InitiativeAuditedRecords(InitiativeRepository initiatives, CurrentActor currentActor) {
        this.initiatives = initiatives;
        this.currentActor = currentActor;
    }

    @Override
    public String recordType() {
        return InitiativeService.RECORD_TYPE;
    }

    @Override
    public boolean currentActorMayRead(String recordId) {
        try {
            return initiatives.findById(Long.valueOf(recordId))
                    .filter(i -> VisibilityRules.canRead(currentActor.get(), i))
                    .isPresent();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
