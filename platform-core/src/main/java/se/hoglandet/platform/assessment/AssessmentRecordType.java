package se.hoglandet.platform.assessment;

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
 * The legal assessment record type, registered once: its history is read by whoever may read the assessment;
 * search finds its title, tool, case number and every answer, with the assessment's own visibility (a secret one
 * is never wider than SHARED, so the index never shows it further).
 */
@Component
class AssessmentRecordType extends ShareableAuditedRecords<Assessment> implements SearchableRecords {

    private final AssessmentService service;

    AssessmentRecordType(AssessmentRepository assessments, AssessmentService service, CurrentActor currentActor) {
        super(AssessmentService.RECORD_TYPE, assessments, currentActor);
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

    private SearchableRecord searchable(Assessment assessment) {
        String[] parts = Stream.concat(
                        Stream.of(assessment.tool(), assessment.caseNumber()), assessment.answers().values().stream())
                .filter(part -> !"YES".equals(part) && !"NO".equals(part))
                .toArray(String[]::new);
        return SearchableRecord.of(
                recordType(),
                assessment.id(),
                assessment,
                assessment.title() + " (v" + assessment.versionNumber() + ")",
                SearchableRecord.text(parts),
                Set.of(),
                Map.of(
                        SearchableRecord.ORGANISATION,
                        assessment.ownerOrganisation().code(),
                        SearchableRecord.STATUS,
                        assessment.status().name()),
                assessment.updatedAt(),
                "assessments/" + assessment.id());
    }
}
