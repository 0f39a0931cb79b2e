package se.hoglandet.platform.search.documents;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.procurement.Contract;
import se.hoglandet.platform.procurement.ContractService;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchDocumentSource;

/** Contracts as search documents: supplier and subject, never the price (a confidential one stays with its owner). */
@Component
class ContractDocuments implements SearchDocumentSource {

    static final String TYPE = "contract";

    private final ContractService contracts;

    ContractDocuments(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SearchDocument> load(String id) {
        return contracts.findForIndexing(Long.valueOf(id)).map(ContractDocuments::document);
    }

    @Override
    public Stream<SearchDocument> all() {
        return Batches.all(contracts::idsForIndexing, contracts::loadForIndexing)
                .map(ContractDocuments::document);
    }

    static SearchDocument document(Contract c) {
        return new SearchDocument(
                TYPE,
                String.valueOf(c.id()),
                c.ownerOrganisation().id(),
                InitiativeDocuments.ids(c.participatingOrganisations()),
                InitiativeDocuments.ids(c.namedOrganisations()),
                c.visibility(),
                c.subject() + " (" + c.supplier() + ")",
                c.supplier() + "\n" + c.subject() + (c.contractOwner() == null ? "" : "\n" + c.contractOwner()),
                Set.of(),
                Map.of(SearchDocument.ORGANISATION, c.ownerOrganisation().code()),
                c.updatedAt(),
                "contracts/" + c.id());
    }
}
