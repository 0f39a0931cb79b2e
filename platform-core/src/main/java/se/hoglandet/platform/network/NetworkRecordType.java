package se.hoglandet.platform.network;

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
 * The network record type, registered once: its history (members, meetings, decisions, actions, promotions) is
 * read by whoever may read the network; search finds its name and purpose.
 */
@Component
class NetworkRecordType extends ShareableAuditedRecords<Network> implements SearchableRecords {

    private final NetworkService service;

    NetworkRecordType(NetworkRepository networks, NetworkService service, CurrentActor currentActor) {
        super(NetworkService.RECORD_TYPE, networks, currentActor);
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

    private SearchableRecord searchable(Network network) {
        return SearchableRecord.of(
                recordType(),
                network.id(),
                network,
                network.name(),
                network.purpose(),
                Set.of(),
                Map.of(
                        SearchableRecord.ORGANISATION,
                        network.ownerOrganisation().code()),
                network.createdAt(),
                "networks/" + network.id());
    }
}
