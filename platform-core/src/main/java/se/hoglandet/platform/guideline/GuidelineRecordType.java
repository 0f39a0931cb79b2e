package se.hoglandet.platform.guideline;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.searchable.SearchableRecord;
import se.hoglandet.platform.searchable.SearchableRecords;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.visibility.ShareableAuditedRecords;

/**
 * The guideline record type, registered once: its history is read by whoever may read the version; search finds
 * the clauses of each guideline as it stands now (a series' newest version and its published one), with the
 * version's own visibility — a draft stays private to its circle, a published version is found by everyone.
 */
@Component
class GuidelineRecordType extends ShareableAuditedRecords<Guideline> implements SearchableRecords {

    private final GuidelineService service;

    GuidelineRecordType(GuidelineRepository guidelines, GuidelineService service, CurrentActor currentActor) {
        super(GuidelineService.RECORD_TYPE, guidelines, currentActor);
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

    private SearchableRecord searchable(Guideline guideline) {
        String clauses = guideline.sections().stream()
                .flatMap(s -> Stream.concat(
                        Stream.of(s.heading()), s.clauses().stream().map(GuidelineClause::text)))
                .collect(Collectors.joining("\n"));
        return SearchableRecord.of(
                recordType(),
                guideline.id(),
                guideline,
                guideline.title() + " (" + guideline.ownerOrganisation().name() + ", v" + guideline.versionNumber()
                        + ")",
                SearchableRecord.text(guideline.summary(), clauses),
                java.util.Set.of(),
                Map.of(
                        SearchableRecord.ORGANISATION,
                        guideline.ownerOrganisation().code(),
                        SearchableRecord.STATUS,
                        guideline.status().name()),
                guideline.updatedAt(),
                "guidelines/" + guideline.id());
    }
}
