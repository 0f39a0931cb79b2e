package se.hoglandet.platform.academy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.searchable.SearchableRecord;
import se.hoglandet.platform.searchable.SearchableRecords;
import se.hoglandet.platform.visibility.Visibility;

/**
 * The course record type, registered once: the catalogue is open to everybody signed in (FEDERATION); the
 * audience limits who may enrol, not who may find a course.
 */
@Component
class CourseRecordType implements SearchableRecords {

    private final CourseService service;

    CourseRecordType(CourseService service) {
        this.service = service;
    }

    @Override
    public String recordType() {
        return CourseService.RECORD_TYPE;
    }

    @Override
    public Optional<SearchableRecord> load(String id) {
        return SearchableRecords.numericId(id).flatMap(service::findForIndexing).map(this::searchable);
    }

    @Override
    public Stream<SearchableRecord> all() {
        return service.allForIndexing().stream().map(this::searchable);
    }

    private SearchableRecord searchable(Course course) {
        return new SearchableRecord(
                recordType(),
                String.valueOf(course.id()),
                course.organiser().id(),
                Set.of(),
                Set.of(),
                Visibility.FEDERATION,
                course.title(),
                course.description(),
                Set.of(),
                Map.of(
                        SearchableRecord.ORGANISATION,
                        course.organiser().code(),
                        SearchableRecord.LEVEL,
                        String.valueOf(course.collaborationLevel().number())),
                course.updatedAt(),
                "academy/courses/" + course.id());
    }
}
