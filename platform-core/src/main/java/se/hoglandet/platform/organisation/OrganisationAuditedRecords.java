package se.hoglandet.platform.organisation;

import org.springframework.stereotype.Component;
import se.hoglandet.platform.audit.AuditedRecords;
import se.hoglandet.platform.shared.CurrentActor;

/** Organisations are known to everyone signed in, and so is their history. */
@Component
class OrganisationAuditedRecords implements AuditedRecords {

    static final String RECORD_TYPE = "organisation";

    private final CurrentActor currentActor;

    OrganisationAuditedRecords(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public boolean currentActorMayRead(String recordId) {
        return !currentActor.get().isAnonymous();
    }
}
