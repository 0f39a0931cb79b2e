package se.hoglandet.platform.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.hoglandet.platform.guideline.WordDiff.Change;
import se.hoglandet.platform.guideline.WordDiff.Segment;

/** Word-level differences, computed by hand for a few clauses of the kind guidelines hold. */
class WordDiffTest {

    @Test
    void anInsertedWordIsTheOnlyChange() {
        assertThat(WordDiff.between(
                        "Beslut fattas alltid av en människa.", "Beslut fattas alltid av en ansvarig människa."))
                .containsExactly(
                        new Segment(Change.SAME, "Beslut fattas alltid av en"),
                        new Segment(Change.ADDED, "ansvarig"),
                        new Segment(Change.SAME, "människa."));
    }

    @Test
    void aReplacedWordIsRemovedThenAdded() {
        assertThat(WordDiff.between(
                        "Riktlinjen ses över vartannat år av IT-chefen.", "Riktlinjen ses över varje år av IT-chefen."))
                .containsExactly(
                        new Segment(Change.SAME, "Riktlinjen ses över"),
                        new Segment(Change.REMOVED, "vartannat"),
                        new Segment(Change.ADDED, "varje"),
                        new Segment(Change.SAME, "år av IT-chefen."));
    }

    @Test
    void removedWordsAtTheEndAndLineBreaksThatAreNoChange() {
        assertThat(WordDiff.between(
                        "Personuppgifter får inte\nmatas in i publika tjänster utan avtal.",
                        "Personuppgifter får inte matas in i publika tjänster."))
                .containsExactly(
                        new Segment(Change.SAME, "Personuppgifter får inte matas in i publika"),
                        new Segment(Change.REMOVED, "tjänster utan avtal."),
                        new Segment(Change.ADDED, "tjänster."));
    }

    @Test
    void oneSideEmptyIsAllAddedOrAllRemoved() {
        assertThat(WordDiff.between("", "Incidenter rapporteras genast."))
                .containsExactly(new Segment(Change.ADDED, "Incidenter rapporteras genast."));
        assertThat(WordDiff.between("Incidenter rapporteras genast.", null))
                .containsExactly(new Segment(Change.REMOVED, "Incidenter rapporteras genast."));
        assertThat(WordDiff.differ(WordDiff.between("Samma text.", " Samma   text. ")))
                .isFalse();
    }
}
