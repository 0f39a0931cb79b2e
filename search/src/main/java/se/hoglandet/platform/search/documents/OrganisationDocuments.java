package se.hoglandet.platform.search.documents;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchDocumentSource;
import se.hoglandet.platform.visibility.Visibility;

/** Organisations are findable by everyone signed in (the federation's directory); deactivated ones are not. */
@Component
class OrganisationDocuments implements SearchDocumentSource {

    static final String TYPE = "organisation";

    private final OrganisationService organisations;

    OrganisationDocuments(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SearchDocument> load(String id) {
        return organisations
                .findForIndexing(Long.valueOf(id))
                .filter(Organisation::isActive)
                .map(this::document);
    }

    @Override
    public Stream<SearchDocument> all() {
        return organisations.allActiveForIndexing().stream().map(this::document);
    }

    private SearchDocument document(Organisation organisation) {
        String text = organisation.parent() == null ? "" : organisation.parent().name();
        String owner = organisation.parent() == null
                ? organisation.code()
                : organisation.parent().code();
        return new SearchDocument(
                TYPE,
                String.valueOf(organisation.id()),
                organisation.id(),
                Set.of(),
                Set.of(),
                Visibility.FEDERATION,
                organisation.name(),
                text,
                Set.of(),
                Map.of(SearchDocument.ORGANISATION, owner),
                null,
                "organisations");
    }
}
