package se.hoglandet.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.Visibility;

/**
 * What every search engine must do, run against each: Swedish word forms (definite forms, compounds), facets,
 * highlights, paging, ordering, suggestions, idempotent indexing, deletion, the visibility truth table (the same data
 * file as the database's test) for every role and organisation, for records and for the assistant's passages, which
 * passages may leave the platform, and a rebuild during which searches keep answering.
 */
public abstract class SearchIndexContract {

    // Organisation ids of the truth table's cast (values do not matter, only that they differ).
    static final long OWNER = 3;
    static final long PARTICIPATING = 4;
    static final long NAMED = 6;
    static final long OTHER = 2;
    static final long COMPANY_OF_OWNER = 7;
    static final long FEDERATION = 1;

    protected abstract SearchIndex index();

    /** Starts each test from an empty index. */
    protected abstract void emptyTheIndex();

    @BeforeEach
    void empty() {
        emptyTheIndex();
    }

    @ParameterizedTest(name = "\"{0}\" finds \"{1}\"")
    @CsvSource({
        "upphandlingar, Gemensam upphandling av taltjänst",
        "upphandlingen, Gemensam upphandling av taltjänst",
        "upphandling, Gemensam upphandling av taltjänst",
        "kommunernas, Kommun inför AI-stöd",
        "lärdomar, En lärdom från piloten"
    })
    void swedishWordFormsFindTheirBaseForm(String query, String expectedTitle) {
        index().index(List.of(
                document("1", "Gemensam upphandling av taltjänst", "Tal till text för socialtjänsten."),
                document("2", "Kommun inför AI-stöd", "Stöd i bygglovshandläggning."),
                document("3", "En lärdom från piloten", "Vad vi tar med oss."),
                document("4", "Helt annat ämne", "Trafik och parkering.")));

        SearchResult result = index().search(SearchQuery.of(query), everyone());

        assertThat(result.hits()).extracting(SearchResult.Hit::title).contains(expectedTitle);
        assertThat(result.hits()).extracting(SearchResult.Hit::title).doesNotContain("Helt annat ämne");
    }

    @ParameterizedTest(name = "\"{0}\" finds \"{1}\"")
    @CsvSource({
        "nämndsmötet, Transkribering",
        "nämndsmöte, Transkribering",
        "möte, Transkribering",
        "möten, Transkribering",
        "sammanträdet, Ordförandens anteckningar",
        "sammanträde, Ordförandens anteckningar",
        "protokollet, Arkivering",
        "tjänst, Tolkning på distans"
    })
    void definiteFormsAndCompoundPartsFindTheirRecords(String query, String expectedTitle) {
        index().index(List.of(
                document("1", "Transkribering", "Inspelningar från nämndsmöten skrivs ut."),
                document("2", "Ordförandens anteckningar", "Anteckningar förs vid alla sammanträden."),
                document("3", "Arkivering", "Varje protokoll diarieförs."),
                document("4", "Tolkning på distans", "En taltjänst för socialtjänsten."),
                document("5", "Helt annat ämne", "Trafik och parkering.")));

        SearchResult result = index().search(SearchQuery.of(query), everyone());

        assertThat(result.hits()).extracting(SearchResult.Hit::title).contains(expectedTitle);
        assertThat(result.hits()).extracting(SearchResult.Hit::title).doesNotContain("Helt annat ämne");
    }

    @Test
    void aCompoundDoesNotFindARecordThatSharesOnlyOneOfItsParts() {
        index().index(List.of(
                document("1", "Transkribering", "Inspelningar från nämndsmöten skrivs ut."),
                document("2", "Styrelsearbete", "Styrelsemötet hålls i april."),
                document("3", "Avbrottsbolaget", "Ett bolag i Eksjö.")));

        assertThat(index().search(SearchQuery.of("nämndsmötet"), everyone()).hits())
                .extracting(SearchResult.Hit::title)
                .containsExactly("Transkribering");
        assertThat(index().search(SearchQuery.of("nedläggningsbolaget"), everyone())
                        .hits())
                .isEmpty();
    }

    @Test
    void passagesAreTheRecordsSectionsWithTheirRecord() {
        String first = "Vi spelade in nämndernas sammanträden och lät en modell skriva ut dem. ".repeat(4);
        String second = "Bordsmikrofoner till varje ledamot gav den bästa utskriften av alla. ".repeat(4);
        index().index(List.of(
                document("1", "Transkribering", first.strip() + "\n" + second.strip()),
                document("2", "Helt annat ämne", "Trafik och parkering.")));

        List<PassageHit> hits = index().passages(PassageQuery.reading("bordsmikrofon", everyone(), 5));

        assertThat(hits).hasSize(1);
        PassageHit hit = hits.getFirst();
        assertThat(hit.text()).isEqualTo(second.strip());
        assertThat(hit.ordinal()).isEqualTo(1);
        assertThat(hit)
                .extracting(
                        PassageHit::type, PassageHit::id, PassageHit::title, PassageHit::link, PassageHit::organisation)
                .containsExactly("initiative", "1", "Transkribering", "initiatives/1", "eksjo");
        // Passages are no records: search and the counts see the records only.
        assertThat(index().search(SearchQuery.of("bordsmikrofoner"), everyone()).total())
                .isEqualTo(1);
        assertThat(index().countByType()).containsEntry("initiative", 2L);
    }

    @Test
    void aChangedRecordKeepsOnlyItsNewPassagesAndADeletedOneNone() {
        String line = "Nämndsekreteraren rättar utskriften innan protokollet skrivs. "
                .repeat(4)
                .strip();
        index().index(List.of(document("1", "Transkribering", line + "\n" + line + "\n" + line)));
        assertThat(index().passages(PassageQuery.reading("utskriften", everyone(), 10)))
                .hasSize(3);

        index().index(List.of(document("1", "Transkribering", line)));
        assertThat(index().passages(PassageQuery.reading("utskriften", everyone(), 10)))
                .extracting(PassageHit::ordinal)
                .containsExactly(0);

        index().delete("initiative", "1");
        assertThat(index().passages(PassageQuery.reading("utskriften", everyone(), 10)))
                .isEmpty();
    }

    @Test
    void onlyPassagesThatMayLeaveArePickedForAnExternalModel() {
        List<SearchDocument> documents = new ArrayList<>();
        for (Visibility visibility : Visibility.values()) {
            documents.add(restricted(visibility.name(), "Pilot " + visibility, visibility));
        }
        documents.add(confidential("SECRET", "Pilot under sekretess"));
        index().index(documents);
        SearchScope participant = new SearchScope(PARTICIPATING);
        PassageQuery question = PassageQuery.reading("pilot", participant, 20);

        assertThat(index().passages(question))
                .extracting(PassageHit::id)
                .containsExactlyInAnyOrder("PRIVATE", "SHARED", "FEDERATION", "PUBLIC", "SECRET");
        assertThat(index().passages(question.leaving(Set.of())))
                .extracting(PassageHit::id)
                .containsExactlyInAnyOrder("FEDERATION", "PUBLIC");
        assertThat(index().passages(question.leaving(Set.of(PARTICIPATING))))
                .extracting(PassageHit::id)
                .containsExactlyInAnyOrder("FEDERATION", "PUBLIC");
        assertThat(index().passages(question.leaving(Set.of(OWNER, PARTICIPATING))))
                .extracting(PassageHit::id)
                .containsExactlyInAnyOrder("PRIVATE", "SHARED", "FEDERATION", "PUBLIC");
    }

    @Test
    void facetsCountTheWholeResultAndNarrowIt() {
        index().index(List.of(
                document("1", "AI i äldreomsorgen", "", "initiative", "eksjo", "2", "PILOT", Set.of("vård")),
                document("2", "AI i skolan", "", "initiative", "vetlanda", "1", "IDEA", Set.of("skola")),
                document("3", "AI i bygglov", "", "lesson", "eksjo", "2", "PILOT", Set.of("bygg", "vård"))));

        SearchResult all = index().search(SearchQuery.of("AI"), everyone());
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facets().get(SearchDocument.TYPE))
                .containsExactly(
                        new SearchResult.FacetCount("initiative", 2), new SearchResult.FacetCount("lesson", 1));
        assertThat(all.facets().get(SearchDocument.ORGANISATION))
                .containsExactly(new SearchResult.FacetCount("eksjo", 2), new SearchResult.FacetCount("vetlanda", 1));
        assertThat(all.facets().get(SearchDocument.TAGS)).contains(new SearchResult.FacetCount("vård", 2));

        SearchResult pilots =
                index().search(SearchQuery.of("AI").withFilter(SearchDocument.STATUS, "PILOT"), everyone());
        assertThat(pilots.total()).isEqualTo(2);
        SearchResult eksjoInitiatives = index().search(
                        SearchQuery.of("")
                                .withFilter(SearchDocument.ORGANISATION, "eksjo")
                                .withFilter(SearchDocument.TYPE, "initiative"),
                        everyone());
        assertThat(eksjoInitiatives.hits()).extracting(SearchResult.Hit::id).containsExactly("1");
    }

    @Test
    void snippetsHighlightMatchesAndEscapeTheRest() {
        index().index(List.of(document(
                "1",
                "Taltjänst",
                "Kommunerna gör en gemensam upphandling. <script>alert(1)</script> Mer text följer här.")));

        SearchResult.Hit hit = index().search(SearchQuery.of("upphandlingar"), everyone())
                .hits()
                .getFirst();

        assertThat(hit.snippet()).contains("<mark>upphandling</mark>");
        assertThat(hit.snippet()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void resultsArePagedAndOrderedByDate() {
        List<SearchDocument> documents = IntStream.range(0, 25)
                .mapToObj(i -> dated(
                        String.valueOf(i),
                        "Pilot nummer " + i,
                        Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 3600L)))
                .toList();
        index().index(documents);

        SearchQuery newest = SearchQuery.of("pilot").orderedBy(SearchQuery.Order.NEWEST);
        SearchResult first = index().search(newest.page(0, 10), everyone());
        SearchResult third = index().search(newest.page(2, 10), everyone());

        assertThat(first.total()).isEqualTo(25);
        assertThat(first.hits()).hasSize(10);
        assertThat(first.hits().getFirst().id()).isEqualTo("24");
        assertThat(third.hits()).hasSize(5);
        assertThat(third.hits().getLast().id()).isEqualTo("0");
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < 3; page++) {
            index().search(newest.page(page, 10), everyone()).hits().forEach(hit -> seen.add(hit.id()));
        }
        assertThat(seen).hasSize(25);
    }

    @Test
    void suggestionsCompleteTheLastWordAndRespectVisibility() {
        index().index(List.of(
                document("1", "Upphandling av chattbot", ""),
                document("2", "Uppföljning av piloter", ""),
                restricted("3", "Upphandling i hemlighet", Visibility.PRIVATE)));

        assertThat(index().suggest("upph", everyone(), 10))
                .extracting(SearchResult.Suggestion::title)
                .containsExactly("Upphandling av chattbot");
        assertThat(index().suggest("upphandling av c", everyone(), 10))
                .extracting(SearchResult.Suggestion::id)
                .containsExactly("1");
        assertThat(index().suggest("upph", new SearchScope(OWNER), 10)).hasSize(2);
    }

    @Test
    void indexingIsIdempotentAndDeletionRemoves() {
        SearchDocument pilot = document("1", "Pilot med Copilot", "");
        index().index(List.of(pilot));
        index().index(List.of(pilot));
        assertThat(index().search(SearchQuery.of("copilot"), everyone()).total())
                .isEqualTo(1);
        assertThat(index().countByType()).containsEntry("initiative", 1L);

        index().delete("initiative", "1");
        assertThat(index().search(SearchQuery.of("copilot"), everyone()).total())
                .isZero();
        index().delete("initiative", "1");
    }

    @ParameterizedTest(name = "{0} record, {1} searches and asks: {2}")
    @CsvFileSource(resources = "/visibility/truth-table.csv")
    void visibilityFollowsTheTruthTableForEveryRole(Visibility visibility, String who, boolean finds) {
        index().index(List.of(restricted("1", "Hemlig eller öppen pilot", visibility)));
        for (Actor actor : actors(who)) {
            SearchScope scope = SearchScope.of(actor);
            assertThat(index().search(SearchQuery.of("pilot"), scope).total())
                    .as("search " + actor.roles())
                    .isEqualTo(finds ? 1 : 0);
            assertThat(index().suggest("hemlig", scope, 5))
                    .as("suggest " + actor.roles())
                    .hasSize(finds ? 1 : 0);
            assertThat(index().passages(PassageQuery.reading("pilot", scope, 10)))
                    .as("the assistant's passages " + actor.roles())
                    .hasSize(finds ? 1 : 0);
            assertThat(index().matchingIds("initiative", "pilot", scope, 10))
                    .as("a register's words " + actor.roles())
                    .hasSize(finds ? 1 : 0);
        }
    }

    @Test
    void aRegistersWordsFindItsTypeOnlyAndAnAnonymousVisitorsOnlyThePublishedText() {
        index().index(List.of(
                published(
                        "1", "Chattbot i kontaktcenter", "Leverantör: Skuggbolaget AB", "Svarar invånarna dygnet runt"),
                published("2", "Tolkning på distans", "Chattbot som reserv", "Tolk via video"),
                restricted("3", "Chattbot för lönefrågor", Visibility.PRIVATE),
                document("4", "Chattbot i skolan", "", "lesson", "eksjo", "1", "IDEA", Set.of())));
        SearchScope anonymous = SearchScope.anonymous();

        assertThat(index().matchingIds("initiative", "chattbot", anonymous, 10))
                .as("the PRIVATE record, the other type and a word in unpublished text are not found")
                .containsExactly("1");
        assertThat(index().matchingIds("initiative", "invånare", anonymous, 10))
                .as("a word form of the published text")
                .containsExactly("1");
        assertThat(index().matchingIds("initiative", "skuggbolaget", anonymous, 10))
                .isEmpty();
        assertThat(index().matchingIds("initiative", "skuggbolaget", new SearchScope(OTHER), 10))
                .as("signed in, the whole text is searched")
                .containsExactly("1");
        assertThat(index().matchingIds("initiative", "chattbot", new SearchScope(OWNER), 10))
                .containsExactlyInAnyOrder("1", "2", "3");
        assertThat(index().matchingIds("initiative", "chattbot", new SearchScope(OWNER), 2))
                .as("at most the limit")
                .hasSize(2);
        assertThat(index().matchingIds("initiative", " ", new SearchScope(OWNER), 10))
                .isEmpty();
    }

    /** Every role of one organisation of the truth table's cast (or the anonymous visitor). */
    static List<Actor> actors(String who) {
        Map<String, Long> organisations = Map.of(
                "owner",
                OWNER,
                "participating",
                PARTICIPATING,
                "named",
                NAMED,
                "other",
                OTHER,
                "company_of_owner",
                COMPANY_OF_OWNER,
                "federation_staff",
                FEDERATION,
                "platform_admin",
                FEDERATION);
        List<Actor> actors = new ArrayList<>();
        if ("anonymous".equals(who)) {
            actors.add(Actor.anonymous());
        } else {
            Arrays.stream(Role.values())
                    .forEach(role -> actors.add(new Actor(99L, "Test", organisations.get(who), who, Set.of(role))));
        }
        return actors;
    }

    @Test
    void searchKeepsAnsweringDuringARebuild() throws Exception {
        index().index(List.of(document("old", "Gammal pilot", "")));
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch searched = new CountDownLatch(1);
        Stream<SearchDocument> fresh = IntStream.range(0, 40).mapToObj(i -> {
            if (i == 20) {
                halfway.countDown();
                await(searched);
            }
            return document("new-" + i, "Ny pilot " + i, "");
        });

        CompletableFuture<Void> rebuild = CompletableFuture.runAsync(() -> index().rebuild(fresh));
        assertThat(halfway.await(60, TimeUnit.SECONDS)).isTrue();
        SearchResult during = index().search(SearchQuery.of("pilot"), everyone());
        searched.countDown();
        rebuild.get(120, TimeUnit.SECONDS);
        SearchResult after = index().search(SearchQuery.of("pilot").page(0, 50), everyone());

        assertThat(during.hits()).extracting(SearchResult.Hit::id).containsExactly("old");
        assertThat(after.total()).isEqualTo(40);
        assertThat(after.hits()).extracting(SearchResult.Hit::id).doesNotContain("old");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static SearchScope everyone() {
        return new SearchScope(OTHER);
    }

    static SearchDocument document(String id, String title, String text) {
        return document(id, title, text, "initiative", "eksjo", "1", "IDEA", Set.of());
    }

    static SearchDocument document(
            String id,
            String title,
            String text,
            String type,
            String organisation,
            String level,
            String status,
            Set<String> tags) {
        return new SearchDocument(
                type,
                id,
                OWNER,
                Set.of(),
                Set.of(),
                Visibility.FEDERATION,
                title,
                text,
                tags,
                Map.of(
                        SearchDocument.ORGANISATION,
                        organisation,
                        SearchDocument.LEVEL,
                        level,
                        SearchDocument.STATUS,
                        status),
                Instant.parse("2026-11-01T10:00:00Z"),
                type + "s/" + id);
    }

    static SearchDocument dated(String id, String title, Instant date) {
        return new SearchDocument(
                "initiative",
                id,
                OWNER,
                Set.of(),
                Set.of(),
                Visibility.FEDERATION,
                title,
                "",
                Set.of(),
                Map.of(),
                date,
                "initiatives/" + id);
    }

    static SearchDocument confidential(String id, String title) {
        return new SearchDocument(
                "assessment",
                id,
                OWNER,
                Set.of(PARTICIPATING),
                Set.of(NAMED),
                Visibility.SHARED,
                title,
                "",
                Set.of(),
                Map.of(),
                Instant.parse("2026-11-01T10:00:00Z"),
                "assessments/" + id,
                true,
                List.of());
    }

    /** A PUBLIC record of whose text only {@code publicText} is published. */
    static SearchDocument published(String id, String title, String text, String publicText) {
        return new SearchDocument(
                "initiative",
                id,
                OWNER,
                Set.of(),
                Set.of(),
                Visibility.PUBLIC,
                title,
                text,
                Set.of(),
                Map.of(),
                Instant.parse("2026-11-01T10:00:00Z"),
                "initiatives/" + id,
                false,
                List.of(),
                publicText);
    }

    static SearchDocument restricted(String id, String title, Visibility visibility) {
        return new SearchDocument(
                "initiative",
                id,
                OWNER,
                Set.of(PARTICIPATING),
                Set.of(NAMED),
                visibility,
                title,
                "",
                Set.of(),
                Map.of(),
                Instant.parse("2026-11-01T10:00:00Z"),
                "initiatives/" + id);
    }
}
