package se.hoglandet.platform.search.documents;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.academy.Course;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchDocumentSource;
import se.hoglandet.platform.visibility.Visibility;

/**
 * The academy's courses as search documents: the catalogue is open to everybody signed in (FEDERATION); the
 * audience limits who may enrol, not who may find a course.
 */
@Component
class CourseDocuments implements SearchDocumentSource {

    static final String TYPE = "course";

    private final CourseService courses;

    CourseDocuments(CourseService courses) {
        this.courses = courses;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SearchDocument> load(String id) {
        return courses.findForIndexing(Long.valueOf(id)).map(CourseDocuments::document);
    }

    @Override
    public Stream<SearchDocument> all() {
        return courses.allForIndexing().stream().map(CourseDocuments::document);
    }

    static SearchDocument document(Course course) {
        return new SearchDocument(
                TYPE,
                String.valueOf(course.id()),
                course.organiser().id(),
                Set.of(),
                Set.of(),
                Visibility.FEDERATION,
                course.title(),
                course.description(),
                Set.of(),
                Map.of(
                        SearchDocument.ORGANISATION,
                        course.organiser().code(),
                        SearchDocument.LEVEL,
                        String.valueOf(course.collaborationLevel().number())),
                course.updatedAt(),
                "academy/courses/" + course.id());
    }
}
