package se.hoglandet.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The suggested timeline of a joint procurement, hand-computed: it starts the day after the earliest contract ends
 * when a year's lead time fits, otherwise a year from today; no date it advises lies before today.
 */
class AlignmentSuggestionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void aYearsLeadFitsBeforeTheEarliestEnd() {
        // Earliest end 2028-02-28: start 2028-02-29 (a leap day), tender 2027-08-29, needs analysis 2027-02-28.
        AlignmentSuggestion s = suggestion(LocalDate.of(2028, 2, 28), TODAY);
        assertThat(s.suggestedContractStart()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(s.suggestedTenderPublished()).isEqualTo(LocalDate.of(2027, 8, 29));
        assertThat(s.suggestedNeedsAnalysis()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(s.startsAfterEarliestEnd()).isFalse();
    }

    @Test
    void tooLittleTimeLeftStartsAYearFromTodayNotInThePast() {
        // Earliest end 2027-03-31: a start on 2027-04-01 would have needed the needs analysis on 2026-04-01, which
        // has gone. Start 2027-11-22 instead, tender 2027-05-22, needs analysis today; Eksjö needs a bridge.
        AlignmentSuggestion s = suggestion(LocalDate.of(2027, 3, 31), TODAY);
        assertThat(s.suggestedContractStart()).isEqualTo(LocalDate.of(2027, 11, 22));
        assertThat(s.suggestedTenderPublished()).isEqualTo(LocalDate.of(2027, 5, 22));
        assertThat(s.suggestedNeedsAnalysis()).isEqualTo(TODAY);
        assertThat(s.startsAfterEarliestEnd()).isTrue();
    }

    @Test
    void aContractThatHasAlreadyEndedStillGetsDatesFromToday() {
        AlignmentSuggestion s = suggestion(LocalDate.of(2026, 10, 31), TODAY);
        assertThat(s.suggestedContractStart()).isEqualTo(LocalDate.of(2027, 11, 22));
        assertThat(s.suggestedNeedsAnalysis()).isEqualTo(TODAY);
    }

    @Test
    void aLeapDayTodayNeverAdvisesTheDayBefore() {
        // 2028-02-29 plus twelve months is 2029-02-28, and back twelve months 2028-02-28: yesterday. Today instead.
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        AlignmentSuggestion s = suggestion(LocalDate.of(2028, 3, 31), leapDay);
        assertThat(s.suggestedContractStart()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(s.suggestedNeedsAnalysis()).isEqualTo(leapDay);
        assertThat(s.suggestedTenderPublished()).isEqualTo(LocalDate.of(2028, 8, 28));
    }

    @Test
    void aStartChosenByHandKeepsItsDateAndPullsTheEarlierPhasesUpToToday() {
        // The user wants the new contract on 2027-01-15: needs analysis and tender would be 2026-01-15 and
        // 2026-07-15, both gone, so both today; the start stays what the user chose.
        ProposedTimeline timeline = ProposedTimeline.before(LocalDate.of(2027, 1, 15), TODAY);
        assertThat(timeline.needsAnalysis()).isEqualTo(TODAY);
        assertThat(timeline.tenderPublished()).isEqualTo(TODAY);
        assertThat(timeline.contractStart()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(timeline.asPlan())
                .containsEntry(ProcurementPhase.NEEDS_ANALYSIS, TODAY)
                .containsEntry(ProcurementPhase.CONTRACT_ACTIVE, LocalDate.of(2027, 1, 15))
                .hasSize(3);
    }

    private static AlignmentSuggestion suggestion(LocalDate earliestEnd, LocalDate today) {
        return new AlignmentSuggestion(
                ProcurementCategory.SPEECH_TO_TEXT,
                List.of(),
                Set.of(1L, 2L),
                earliestEnd,
                earliestEnd.plusMonths(3),
                today);
    }
}
