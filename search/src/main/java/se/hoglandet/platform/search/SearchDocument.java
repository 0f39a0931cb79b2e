package se.hoglandet.platform.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.hoglandet.platform.searchable.SearchableRecord;
import se.hoglandet.platform.visibility.Visibility;

/**
 * One document in the engine: a {@link SearchableRecord} as a capability describes it (who may see it, what is
 * searched, its facets, date and link), keyed across types. The engines also index it as passages
 * ({@link Passages#of}) for the assistant.
 *
 * @param type                         the record type, e.g. {@code initiative}
 * @param id                           the record's id within its type
 * @param ownerOrganisationId          owner organisation
 * @param participatingOrganisationIds participating organisations
 * @param namedOrganisationIds         organisations the record is shared with by name
 * @param facets                       facet name → value, for {@link #ORGANISATION}, {@link #LEVEL}, {@link #STATUS}
 * @param link                         path inside the portal, e.g. {@code initiatives/42}
 * @param confidential                 never to leave the platform (secrecy), whatever its visibility
 * @param sections                     the record's own sections for passages; empty: the lines of the text
 * @param publicText                   what an anonymous visitor's words may match besides the title; {@code null}:
 *                                     the whole text ({@link SearchableRecord#publicText})
 */
public record SearchDocument(
        String type,
        String id,
        Long ownerOrganisationId,
        Set<Long> participatingOrganisationIds,
        Set<Long> namedOrganisationIds,
        Visibility visibility,
        String title,
        String text,
        Set<String> tags,
        Map<String, String> facets,
        Instant date,
        String link,
        boolean confidential,
        List<SearchableRecord.Section> sections,
        String publicText) {

    /** Facet: the record type. */
    public static final String TYPE = "type";
    /** Facet: the owner organisation's code. */
    public static final String ORGANISATION = SearchableRecord.ORGANISATION;
    /** Facet: the collaboration level (1–4). */
    public static final String LEVEL = SearchableRecord.LEVEL;
    /** Facet: the record's status. */
    public static final String STATUS = SearchableRecord.STATUS;
    /** Facet: tags. */
    public static final String TAGS = "tags";

    public static final Set<String> FACETS = Set.of(TYPE, ORGANISATION, LEVEL, STATUS, TAGS);

    public SearchDocument {
        participatingOrganisationIds = Set.copyOf(participatingOrganisationIds);
        namedOrganisationIds = Set.copyOf(namedOrganisationIds);
        tags = Set.copyOf(tags);
        facets = Map.copyOf(facets);
        text = text == null ? "" : text;
        sections = sections == null ? List.of() : List.copyOf(sections);
        if (!SearchableRecord.FACETS.containsAll(facets.keySet())) {
            throw new IllegalArgumentException("Unknown facet in " + facets.keySet());
        }
    }

    /** A document whose whole text is public when the record is. */
    public SearchDocument(
            String type,
            String id,
            Long ownerOrganisationId,
            Set<Long> participatingOrganisationIds,
            Set<Long> namedOrganisationIds,
            Visibility visibility,
            String title,
            String text,
            Set<String> tags,
            Map<String, String> facets,
            Instant date,
            String link,
            boolean confidential,
            List<SearchableRecord.Section> sections) {
        this(
                type,
                id,
                ownerOrganisationId,
                participatingOrganisationIds,
                namedOrganisationIds,
                visibility,
                title,
                text,
                tags,
                facets,
                date,
                link,
                confidential,
                sections,
                null);
    }

    /** A document that may leave the platform as its visibility allows, its passages the lines of its text. */
    public SearchDocument(
            String type,
            String id,
            Long ownerOrganisationId,
            Set<Long> participatingOrganisationIds,
            Set<Long> namedOrganisationIds,
            Visibility visibility,
            String title,
            String text,
            Set<String> tags,
            Map<String, String> facets,
            Instant date,
            String link) {
        this(
                type,
                id,
                ownerOrganisationId,
                participatingOrganisationIds,
                namedOrganisationIds,
                visibility,
                title,
                text,
                tags,
                facets,
                date,
                link,
                false,
                List.of());
    }

    /** The engine's document for a record a capability describes. */
    public static SearchDocument of(SearchableRecord record) {
        return new SearchDocument(
                record.type(),
                record.id(),
                record.ownerOrganisationId(),
                record.participatingOrganisationIds(),
                record.namedOrganisationIds(),
                record.visibility(),
                record.title(),
                record.text(),
                record.tags(),
                record.facets(),
                record.date(),
                record.link(),
                record.confidential(),
                record.sections(),
                record.publicText());
    }

    /** The text an anonymous visitor's words may match (besides the title). */
    public String searchableByAnyone() {
        return publicText == null ? text : publicText;
    }

    /** Unique across types. */
    public String key() {
        return type + ":" + id;
    }
}
