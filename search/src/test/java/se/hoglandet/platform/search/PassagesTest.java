package se.hoglandet.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hoglandet.platform.searchable.SearchableRecord;
import se.hoglandet.platform.visibility.Visibility;

/** Records become passages: their own sections, else their lines; short ones joined, long ones cut at sentences. */
class PassagesTest {

    @Test
    void shortLinesAreJoinedAndLongSectionsCutAtSentenceEnds() {
        String sentence = "Nämndsekreteraren rättade utskriften innan protokollet skrevs. ";
        String longLine = sentence.repeat(20).strip();
        List<Passages.Passage> passages = Passages.of(document("Kort rad.\nEn till kort rad.\n" + longLine, List.of()));

        assertThat(passages.getFirst().text()).startsWith("Kort rad.\nEn till kort rad.");
        assertThat(passages).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(Passages.MAX));
        assertThat(passages.subList(1, passages.size()))
                .allSatisfy(p -> assertThat(p.text()).endsWith("skrevs."));
        assertThat(passages).extracting(Passages.Passage::ordinal).isSorted().doesNotHaveDuplicates();
        assertThat(String.join(
                                " ",
                                passages.stream().map(Passages.Passage::text).toList())
                        .replace('\n', ' '))
                .isEqualToIgnoringWhitespace("Kort rad. En till kort rad. " + longLine);
    }

    @Test
    void aRecordsOwnSectionsWinWithTheirHeadings() {
        List<Passages.Passage> passages = Passages.of(document(
                "Allt i ett",
                List.of(
                        new SearchableRecord.Section("Syfte", "Riktlinjen gäller all användning av AI. ".repeat(8)),
                        new SearchableRecord.Section("", "Personuppgifter matas aldrig in i öppna tjänster."))));

        assertThat(passages).hasSize(2);
        assertThat(passages.getFirst().text()).startsWith("Syfte: Riktlinjen gäller");
        assertThat(passages.get(1).text()).isEqualTo("Personuppgifter matas aldrig in i öppna tjänster.");
    }

    @Test
    void aRecordWithOnlyATitleAnswersByItsTitle() {
        assertThat(Passages.of(document("", List.of())))
                .extracting(Passages.Passage::text)
                .containsExactly("Titeln");
    }

    private static SearchDocument document(String text, List<SearchableRecord.Section> sections) {
        return new SearchDocument(
                "guideline",
                "1",
                1L,
                Set.of(),
                Set.of(),
                Visibility.FEDERATION,
                "Titeln",
                text,
                Set.of(),
                Map.of(),
                Instant.EPOCH,
                "guidelines/1",
                false,
                sections);
    }
}
