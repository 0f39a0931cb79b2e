package se.hoglandet.platform.lesson;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.searchable.SearchableRecord;
import se.hoglandet.platform.searchable.SearchableRecords;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.visibility.ShareableAuditedRecords;

/**
 * The lesson record type, registered once: its history is read by whoever may read the lesson; search finds what
 * was tried, what worked and what not, and the recommendation.
 */
@Component
class LessonRecordType extends ShareableAuditedRecords<Lesson> implements SearchableRecords {

    private final LessonService service;

    LessonRecordType(LessonRepository lessons, LessonService service, CurrentActor currentActor) {
        super(LessonService.RECORD_TYPE, lessons, currentActor);
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

    private SearchableRecord searchable(Lesson lesson) {
        return SearchableRecord.of(
                recordType(),
                lesson.id(),
                lesson,
                lesson.title(),
                SearchableRecord.text(lesson.tried(), lesson.worked(), lesson.didNotWork(), lesson.recommendation()),
                lesson.tags(),
                Map.of(SearchableRecord.ORGANISATION, lesson.ownerOrganisation().code()),
                lesson.createdAt(),
                "lessons/" + lesson.id());
    }
}
