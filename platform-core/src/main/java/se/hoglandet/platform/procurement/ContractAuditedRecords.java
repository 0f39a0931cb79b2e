package se.hoglandet.platform.procurement;

import org.springframework.stereotype.Component;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.visibility.ShareableAuditedRecords;

@Component
class ContractAuditedRecords extends ShareableAuditedRecords<Contract> {

    ContractAuditedRecords(ContractRepository contracts, CurrentActor currentActor) {
        super(ContractService.RECORD_TYPE, contracts, currentActor);
    }
}
