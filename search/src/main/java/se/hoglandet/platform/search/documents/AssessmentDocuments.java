package se.hoglandet.platform.search.documents;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchDocumentSource;

/**
 * Legal assessments as search documents: title, tool, case number and every answer, with the assessment's own
 * visibility (a secret one is never wider than SHARED, so the index never shows it further).
 */
@Component
class AssessmentDocuments implements SearchDocumentSource {

    static final String TYPE = "assessment";

    private final AssessmentService assessments;

    AssessmentDocuments(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SearchDocument> load(String id) {
        return assessments.findForIndexing(Long.valueOf(id)).map(AssessmentDocuments::document);
    }

    @Override
    public Stream<SearchDocument> all() {
        return Batches.all(assessments::idsForIndexing, assessments::loadForIndexing)
                .map(AssessmentDocuments::document);
    }

    static SearchDocument document(Assessment assessment) {
        String text = Stream.concat(
                        Stream.of(assessment.tool(), assessment.caseNumber()), assessment.answers().values().stream())
                .filter(part -> part != null && !part.isBlank() && !part.equals("YES") && !part.equals("NO"))
                .collect(Collectors.joining("\n"));
        return new SearchDocument(
                TYPE,
                String.valueOf(assessment.id()),
                assessment.ownerOrganisation().id(),
                InitiativeDocuments.ids(assessment.participatingOrganisations()),
                InitiativeDocuments.ids(assessment.namedOrganisations()),
                assessment.visibility(),
                assessment.title() + " (v" + assessment.versionNumber() + ")",
                text,
                java.util.Set.of(),
                Map.of(
                        SearchDocument.ORGANISATION,
                        assessment.ownerOrganisation().code(),
                        SearchDocument.STATUS,
                        assessment.status().name()),
                assessment.updatedAt(),
                "assessments/" + assessment.id());
    }
}
