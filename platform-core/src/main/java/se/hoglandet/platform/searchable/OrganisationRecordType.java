package se.hoglandet.platform.searchable;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.audit.AuditedRecords;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.visibility.Visibility;

/**
 * The organisation record type: the federation's directory, known to everyone signed in, and so is its history;
 * deactivated organisations are not found. Registered here rather than in {@code organisation} because the
 * organisation package sits below {@code visibility} (every shared record names its organisations), so it cannot
 * describe itself with a {@link Visibility} without a cycle (ADR 0008).
 */
@Component
class OrganisationRecordType implements AuditedRecords, SearchableRecords {

    private final OrganisationService organisations;
    private final CurrentActor currentActor;

    OrganisationRecordType(OrganisationService organisations, CurrentActor currentActor) {
        this.organisations = organisations;
        this.currentActor = currentActor;
    }

    @Override
    public String recordType() {
        return OrganisationService.RECORD_TYPE;
    }

    @Override
    public boolean currentActorMayRead(String recordId) {
        return !currentActor.get().isAnonymous();
    }

    @Override
    public Optional<SearchableRecord> load(String id) {
        return SearchableRecords.numericId(id)
                .flatMap(organisations::findForIndexing)
                .filter(Organisation::isActive)
                .map(this::searchable);
    }

    @Override
    public Stream<SearchableRecord> all() {
        return organisations.allActiveForIndexing().stream().map(this::searchable);
    }

    private SearchableRecord searchable(Organisation organisation) {
        Organisation parent = organisation.parent();
        return new SearchableRecord(
                recordType(),
                String.valueOf(organisation.id()),
                organisation.id(),
                Set.of(),
                Set.of(),
                Visibility.FEDERATION,
                organisation.name(),
                parent == null ? "" : parent.name(),
                Set.of(),
                Map.of(SearchableRecord.ORGANISATION, parent == null ? organisation.code() : parent.code()),
                null,
                "organisations");
    }
}
