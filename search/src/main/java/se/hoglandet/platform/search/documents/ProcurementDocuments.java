package se.hoglandet.platform.search.documents;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.procurement.Procurement;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchDocumentSource;

/** Joint procurements as search documents, with the procurement's own visibility and participants. */
@Component
class ProcurementDocuments implements SearchDocumentSource {

    static final String TYPE = "procurement";

    private final ProcurementService procurements;

    ProcurementDocuments(ProcurementService procurements) {
        this.procurements = procurements;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SearchDocument> load(String id) {
        return procurements.findForIndexing(Long.valueOf(id)).map(ProcurementDocuments::document);
    }

    @Override
    public Stream<SearchDocument> all() {
        return Batches.all(procurements::idsForIndexing, procurements::loadForIndexing)
                .map(ProcurementDocuments::document);
    }

    static SearchDocument document(Procurement p) {
        String text = Stream.of(
                        p.description(),
                        p.contactName(),
                        p.participatingOrganisations().stream()
                                .map(o -> o.name())
                                .collect(Collectors.joining(", ")))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining("\n"));
        return new SearchDocument(
                TYPE,
                String.valueOf(p.id()),
                p.ownerOrganisation().id(),
                InitiativeDocuments.ids(p.participatingOrganisations()),
                InitiativeDocuments.ids(p.namedOrganisations()),
                p.visibility(),
                p.title(),
                text,
                Set.of(),
                Map.of(
                        SearchDocument.ORGANISATION,
                        p.ownerOrganisation().code(),
                        SearchDocument.LEVEL,
                        String.valueOf(p.collaborationLevel().number()),
                        SearchDocument.STATUS,
                        p.phase().name()),
                p.updatedAt(),
                "procurements/" + p.id());
    }
}
