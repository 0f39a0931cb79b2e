package se.hoglandet.platform.procurement;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.searchable.SearchableRecord;
import se.hoglandet.platform.searchable.SearchableRecords;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.visibility.ShareableAuditedRecords;

/**
 * The contract record type, registered once: its history is read by whoever may read the contract; search finds
 * supplier and subject, never the price (a confidential one stays with its owner).
 */
@Component
class ContractRecordType extends ShareableAuditedRecords<Contract> implements SearchableRecords {

    private final ContractService service;

    ContractRecordType(ContractRepository contracts, ContractService service, CurrentActor currentActor) {
        super(ContractService.RECORD_TYPE, contracts, currentActor);
        this.service = service;
    }

    @Override
    public Optional<SearchableRecord> load(String id) {
        return SearchableRecords.numericId(id).flatMap(service::findForIndexing).map(this::searchable);
    }

    @Override
    public Stream<SearchableRecord> all() {
        return SearchableRecords.inBatches(service::idsForIndexing, service::loadForIndexing)
                .map(this::searchable);
    }

    private SearchableRecord searchable(Contract c) {
        return SearchableRecord.of(
                recordType(),
                c.id(),
                c,
                c.subject() + " (" + c.supplier() + ")",
                SearchableRecord.text(c.supplier(), c.subject(), c.contractOwner()),
                Set.of(),
                Map.of(SearchableRecord.ORGANISATION, c.ownerOrganisation().code()),
                c.updatedAt(),
                "contracts/" + c.id());
    }
}
