package se.hoglandet.platform.initiative;

import org.springframework.stereotype.Component;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.visibility.ShareableAuditedRecords;

@Component
class InitiativeAuditedRecords extends ShareableAuditedRecords<Initiative> {

    InitiativeAuditedRecords(InitiativeRepository initiatives, CurrentActor currentActor) {
        super(InitiativeService.RECORD_TYPE, initiatives, currentActor);
    }
}
