package se.hoglandet.platform.procurement;

import org.springframework.stereotype.Component;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.visibility.ShareableAuditedRecords;

@Component
class ProcurementAuditedRecords extends ShareableAuditedRecords<Procurement> {

    ProcurementAuditedRecords(ProcurementRepository procurements, CurrentActor currentActor) {
        super(ProcurementService.RECORD_TYPE, procurements, currentActor);
    }
}
