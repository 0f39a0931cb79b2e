package se.hoglandet.platform.search.documents;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.lesson.Lesson;
import se.hoglandet.platform.lesson.LessonService;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchDocumentSource;

/** Lessons learned as search documents: what was tried, what worked and what not, and the recommendation. */
@Component
class LessonDocuments implements SearchDocumentSource {

    static final String TYPE = "lesson";

    private final LessonService lessons;

    LessonDocuments(LessonService lessons) {
        this.lessons = lessons;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SearchDocument> load(String id) {
        return lessons.findForIndexing(Long.valueOf(id)).map(LessonDocuments::document);
    }

    @Override
    public Stream<SearchDocument> all() {
        return Batches.all(lessons::idsForIndexing, lessons::loadForIndexing).map(LessonDocuments::document);
    }

    static SearchDocument document(Lesson lesson) {
        String text = Stream.of(lesson.tried(), lesson.worked(), lesson.didNotWork(), lesson.recommendation())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining("\n"));
        return new SearchDocument(
                TYPE,
                String.valueOf(lesson.id()),
                lesson.ownerOrganisation().id(),
                InitiativeDocuments.ids(lesson.participatingOrganisations()),
                InitiativeDocuments.ids(lesson.namedOrganisations()),
                lesson.visibility(),
                lesson.title(),
                text,
                lesson.tags(),
                Map.of(SearchDocument.ORGANISATION, lesson.ownerOrganisation().code()),
                lesson.createdAt(),
                "lessons/" + lesson.id());
    }
}
