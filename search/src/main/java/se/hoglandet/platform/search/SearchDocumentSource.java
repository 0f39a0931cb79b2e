package se.hoglandet.platform.search;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * What one capability contributes to search, in one place: its record type, how one record becomes a document
 * (empty when it should not be found, e.g. deleted or deactivated), and all of them for a rebuild.
 */
public interface SearchDocumentSource {

    String type();

    Optional<SearchDocument> load(String id);

    Stream<SearchDocument> all();
}
