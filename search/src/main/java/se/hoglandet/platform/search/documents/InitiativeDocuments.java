package se.hoglandet.platform.search.documents;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchDocumentSource;

/**
 * Initiatives as search documents: found by title, summary and the descriptive fields, counted under their owner,
 * collaboration level and status, visible exactly as the initiative is.
 */
@Component
class InitiativeDocuments implements SearchDocumentSource {

    static final String TYPE = "initiative";

    private final InitiativeService initiatives;

    InitiativeDocuments(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SearchDocument> load(String id) {
        return initiatives.findForIndexing(Long.valueOf(id)).map(InitiativeDocuments::document);
    }

    @Override
    public Stream<SearchDocument> all() {
        return Batches.all(initiatives::idsForIndexing, initiatives::loadForIndexing)
                .map(InitiativeDocuments::document);
    }

    static SearchDocument document(Initiative initiative) {
        String text = Stream.of(
                        initiative.summary(),
                        initiative.purpose(),
                        initiative.tools(),
                        initiative.supplier(),
                        initiative.dataUsed(),
                        initiative.humanOversight(),
                        initiative.transparency())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining("\n"));
        return new SearchDocument(
                TYPE,
                String.valueOf(initiative.id()),
                initiative.ownerOrganisation().id(),
                ids(initiative.participatingOrganisations()),
                ids(initiative.namedOrganisations()),
                initiative.visibility(),
                initiative.title(),
                text,
                initiative.tags(),
                Map.of(
                        SearchDocument.ORGANISATION,
                        initiative.ownerOrganisation().code(),
                        SearchDocument.LEVEL,
                        String.valueOf(initiative.collaborationLevel().number()),
                        SearchDocument.STATUS,
                        initiative.status().name()),
                initiative.updatedAt(),
                "initiatives/" + initiative.id());
    }

    static java.util.Set<Long> ids(java.util.Set<Organisation> organisations) {
        return organisations.stream().map(Organisation::id).collect(Collectors.toSet());
    }
}
