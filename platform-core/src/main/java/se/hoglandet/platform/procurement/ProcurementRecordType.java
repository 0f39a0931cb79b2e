package se.hoglandet.platform.procurement;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.searchable.SearchableRecord;
import se.hoglandet.platform.searchable.SearchableRecords;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.visibility.ShareableAuditedRecords;

/**
 * The joint procurement record type, registered once: its history is read by whoever may read the procurement;
 * search finds it with the procurement's own visibility and participants, counted under its phase.
 */
@Component
class ProcurementRecordType extends ShareableAuditedRecords<Procurement> implements SearchableRecords {

    private final ProcurementService service;

    ProcurementRecordType(ProcurementRepository procurements, ProcurementService service, CurrentActor currentActor) {
        super(ProcurementService.RECORD_TYPE, procurements, currentActor);
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

    private SearchableRecord searchable(Procurement p) {
        String participants =
                p.participatingOrganisations().stream().map(Organisation::name).collect(Collectors.joining(", "));
        return SearchableRecord.of(
                recordType(),
                p.id(),
                p,
                p.title(),
                SearchableRecord.text(p.description(), p.contactName(), participants),
                Set.of(),
                Map.of(
                        SearchableRecord.ORGANISATION,
                        p.ownerOrganisation().code(),
                        SearchableRecord.LEVEL,
                        String.valueOf(p.collaborationLevel().number()),
                        SearchableRecord.STATUS,
                        p.phase().name()),
                p.updatedAt(),
                "procurements/" + p.id());
    }
}
