package se.hoglandet.platform.procurement;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.attachment.AttachableRecords;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * The procurement phase record type ({@value #RECORD_TYPE}, the phase step's id), registered once: documents
 * attached per phase of a procurement. Readers of the procurement see them; the lead's and the participants'
 * procurement staff add and remove them.
 */
@Component
class ProcurementPhaseRecordType implements AttachableRecords {

    static final String RECORD_TYPE = "procurement-phase";

    private final PhaseStepRepository phases;
    private final ProcurementRepository procurements;
    private final ParticipantRepository participants;
    private final CurrentActor currentActor;

    ProcurementPhaseRecordType(
            PhaseStepRepository phases,
            ProcurementRepository procurements,
            ParticipantRepository participants,
            CurrentActor currentActor) {
        this.phases = phases;
        this.procurements = procurements;
        this.participants = participants;
        this.currentActor = currentActor;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean currentActorMayRead(long recordId) {
        return phases.findById(recordId)
                .flatMap(step -> procurements.findById(step.procurementId()))
                .filter(p -> VisibilityRules.canRead(currentActor.get(), p))
                .isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean currentActorMayAttach(long recordId) {
        var actor = currentActor.get();
        return phases.findById(recordId)
                .flatMap(step -> procurements.findById(step.procurementId()))
                .filter(p -> VisibilityRules.canRead(actor, p))
                .filter(p -> ProcurementService.isLeadStaff(actor, p)
                        || (actor.hasRole(se.hoglandet.platform.shared.Role.PROCUREMENT)
                                && participants
                                        .findByProcurementIdAndOrganisationId(p.id(), actor.organisationId())
                                        .isPresent()))
                .isPresent();
    }
}
