package se.hoglandet.platform.search;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.academy.CourseChanged;
import se.hoglandet.platform.assessment.AssessmentChanged;
import se.hoglandet.platform.initiative.InitiativeChanged;
import se.hoglandet.platform.lesson.LessonChanged;
import se.hoglandet.platform.organisation.OrganisationUpdated;
import se.hoglandet.platform.procurement.ContractChanged;
import se.hoglandet.platform.procurement.ProcurementChanged;

/**
 * Keeps the index in step with the database, driven by domain events through the event publication registry:
 * a failure (engine down) throws, the publication stays incomplete and is resubmitted later, and because every
 * update reloads the record, replays are harmless. Each capability adds its event here.
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final Map<String, SearchDocumentSource> sources;
    private final Clock clock;
    private volatile String lastError;
    private volatile Instant lastErrorAt;

    SearchIndexer(SearchIndex index, List<SearchDocumentSource> sources, Clock clock) {
        this.index = index;
        this.sources = sources.stream().collect(Collectors.toMap(SearchDocumentSource::type, Function.identity()));
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrganisationUpdated event) {
        refresh("organisation", String.valueOf(event.organisationId()));
    }

    @ApplicationModuleListener
    void on(InitiativeChanged event) {
        refresh("initiative", String.valueOf(event.initiativeId()));
    }

    @ApplicationModuleListener
    void on(LessonChanged event) {
        refresh("lesson", String.valueOf(event.lessonId()));
    }

    @ApplicationModuleListener
    void on(AssessmentChanged event) {
        refresh("assessment", String.valueOf(event.assessmentId()));
    }

    @ApplicationModuleListener
    void on(CourseChanged event) {
        refresh("course", String.valueOf(event.courseId()));
    }

    @ApplicationModuleListener
    void on(ProcurementChanged event) {
        refresh("procurement", String.valueOf(event.procurementId()));
    }

    @ApplicationModuleListener
    void on(ContractChanged event) {
        refresh("contract", String.valueOf(event.contractId()));
    }

    /** Re-reads one record and indexes it, or removes it when it should no longer be found. */
    public void refresh(String type, String id) {
        try {
            SearchDocumentSource source = sources.get(type);
            source.load(id).ifPresentOrElse(document -> index.index(List.of(document)), () -> index.delete(type, id));
        } catch (RuntimeException e) {
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            lastErrorAt = clock.instant();
            log.warn("Indexing {} {} failed; it will be retried: {}", type, id, e.getMessage());
            throw e;
        }
    }

    /** Every record of every source, for a rebuild. */
    Stream<SearchDocument> everything() {
        return sources.values().stream().flatMap(SearchDocumentSource::all);
    }

    String lastError() {
        return lastError == null ? null : lastErrorAt + " " + lastError;
    }
}
