package se.hoglandet.platform.incident;

import org.springframework.stereotype.Component;
import se.hoglandet.platform.audit.AuditedRecords;
import se.hoglandet.platform.shared.CurrentActor;

/**
 * The incident record type, registered once: an incident's history is read by whoever may read the incident (the
 * narrower PRIVATE rule included).
 */
@Component
class IncidentRecordType implements AuditedRecords {

    private final IncidentRepository incidents;
    private final CurrentActor currentActor;

    IncidentRecordType(IncidentRepository incidents, CurrentActor currentActor) {
        this.incidents = incidents;
        this.currentActor = currentActor;
    }

    @Override
    public String recordType() {
        return IncidentService.RECORD_TYPE;
    }

    @Override
    public boolean currentActorMayRead(String recordId) {
        try {
            return incidents
                    .findById(Long.valueOf(recordId))
                    .filter(incident -> IncidentService.mayRead(currentActor.get(), incident))
                    .isPresent();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
