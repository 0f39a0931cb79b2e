package se.hoglandet.platform.initiative;

import org.springframework.stereotype.Component;
import se.hoglandet.platform.attachment.AttachableRecords;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.EditScope;
import se.hoglandet.platform.visibility.VisibilityRules;

/** Whoever may read an initiative sees its attachments; its owner's and participants' project leads manage them. */
@Component
class InitiativeAttachments implements AttachableRecords {

    private final InitiativeRepository initiatives;
    private final CurrentActor currentActor;

    InitiativeAttachments(InitiativeRepository initiatives, CurrentActor currentActor) {
        this.initiatives = initiatives;
        this.currentActor = currentActor;
    }

    @Override
    public String recordType() {
        return InitiativeService.RECORD_TYPE;
    }

    @Override
    public boolean currentActorMayRead(long recordId) {
        return initiatives
                .findById(recordId)
                .filter(i -> VisibilityRules.canRead(currentActor.get(), i))
                .isPresent();
    }

    @Override
    public boolean currentActorMayAttach(long recordId) {
        return initiatives
                .findById(recordId)
                .filter(i -> VisibilityRules.canRead(currentActor.get(), i))
                .filter(i -> VisibilityRules.editScope(currentActor.get(), i, Role.PROJECT_LEAD) != EditScope.NONE)
                .isPresent();
    }
}
