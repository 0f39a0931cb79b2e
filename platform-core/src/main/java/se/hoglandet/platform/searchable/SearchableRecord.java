package se.hoglandet.platform.searchable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.visibility.ShareableRecord;
import se.hoglandet.platform.visibility.Visibility;

/**
 * One record as a capability describes it for search, in plain values: who may see it (the visibility truth
 * table's inputs), what is searched (title, text, tags), the facets it is counted under, its date and where it
 * links. The search module turns it into engine documents without knowing the capability behind it.
 *
 * @param type                         the record type key, e.g. {@code initiative}
 * @param id                           the record's id within its type
 * @param ownerOrganisationId          owner organisation
 * @param participatingOrganisationIds participating organisations
 * @param namedOrganisationIds         organisations the record is shared with by name
 * @param facets                       {@link #ORGANISATION}, {@link #LEVEL} or {@link #STATUS} → value
 * @param link                         path inside the portal, e.g. {@code initiatives/42}
 * @param confidential                 under secrecy (OSL) or otherwise never to leave the platform: the assistant
 *                                     sends none of its text to an external model, whatever its visibility
 * @param sections                     the record's own sections, for the assistant's passages; empty when the
 *                                     text's lines (one per descriptive field) are the sections
 * @param publicText                   what an anonymous visitor's words may match besides the title when the
 *                                     record is PUBLIC (e.g. an initiative's published fields); {@code null}: the
 *                                     whole text is public
 */
public record SearchableRecord(
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
        List<Section> sections,
        String publicText) {

    /** A part of a record that answers on its own, e.g. a guideline's chapter; the heading may be empty. */
    public record Section(String heading, String text) {

        public Section {
            heading = heading == null ? "" : heading.strip();
            text = text == null ? "" : text.strip();
        }
    }

    /** Facet: the owner organisation's code. */
    public static final String ORGANISATION = "organisation";
    /** Facet: the collaboration level (1–4). */
    public static final String LEVEL = "level";
    /** Facet: the record's status. */
    public static final String STATUS = "status";

    public static final Set<String> FACETS = Set.of(ORGANISATION, LEVEL, STATUS);

    public SearchableRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(visibility, "visibility");
        participatingOrganisationIds = Set.copyOf(participatingOrganisationIds);
        namedOrganisationIds = Set.copyOf(namedOrganisationIds);
        tags = Set.copyOf(tags);
        facets = Map.copyOf(facets);
        text = text == null ? "" : text;
        sections = sections == null ? List.of() : List.copyOf(sections);
        if (!FACETS.containsAll(facets.keySet())) {
            throw new IllegalArgumentException("Unknown facet in " + facets.keySet());
        }
    }

    /** A record whose whole text is public when the record is. */
    public SearchableRecord(
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
            List<Section> sections) {
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

    /** A record that may leave the platform as its visibility allows, its sections the lines of its text. */
    public SearchableRecord(
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

    /** A record that crosses organisation borders, visible exactly as the record is (owner, participants, named). */
    public static SearchableRecord of(
            String type,
            long id,
            ShareableRecord record,
            String title,
            String text,
            Set<String> tags,
            Map<String, String> facets,
            Instant date,
            String link) {
        return new SearchableRecord(
                type,
                String.valueOf(id),
                record.ownerOrganisation().id(),
                ids(record.participatingOrganisations()),
                ids(record.namedOrganisations()),
                record.visibility(),
                title,
                text,
                tags,
                facets,
                date,
                link,
                record.underSecrecy(),
                List.of());
    }

    /** The same record described by its own sections (its text stays what search finds). */
    public SearchableRecord withSections(List<Section> newSections) {
        return new SearchableRecord(
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
                newSections,
                publicText);
    }

    /** The same record, of whose text an anonymous visitor may match only {@code newPublicText} (see above). */
    public SearchableRecord withPublicText(String newPublicText) {
        return new SearchableRecord(
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
                newPublicText == null ? "" : newPublicText);
    }

    /** The non-blank parts, one per line: the searched text from a record's descriptive fields. */
    public static String text(String... parts) {
        return Stream.of(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("\n"));
    }

    private static Set<Long> ids(Set<Organisation> organisations) {
        return organisations.stream().map(Organisation::id).collect(Collectors.toSet());
    }
}
