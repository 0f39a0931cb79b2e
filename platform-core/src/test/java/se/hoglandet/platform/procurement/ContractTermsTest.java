package se.hoglandet.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extension arithmetic, hand-computed: 2+1+1 years, options used, notice deadlines, month ends and leap days. */
class ContractTermsTest {

    @Test
    void twoPlusOnePlusOneYears() {
        ContractTerms none =
                new ContractTerms(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), List.of(12, 12), 0, 3);
        assertThat(none.currentEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(none.maximumEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(none.noticeDeadline()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(none.optionsLeft()).isEqualTo(2);

        ContractTerms one =
                new ContractTerms(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), List.of(12, 12), 1, 3);
        assertThat(one.currentEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(one.noticeDeadline()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(one.maximumEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(one.optionsLeft()).isEqualTo(1);
    }

    @Test
    void unevenOptionsMonthEndsAndLeapDays() {
        ContractTerms terms =
                new ContractTerms(LocalDate.of(2022, 3, 1), LocalDate.of(2024, 2, 29), List.of(12, 6), 1, 1);
        assertThat(terms.currentEnd()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(terms.noticeDeadline()).isEqualTo(LocalDate.of(2025, 1, 28));
        assertThat(terms.maximumEnd()).isEqualTo(LocalDate.of(2025, 8, 29));
        ContractTerms noOptions =
                new ContractTerms(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), List.of(), 0, 0);
        assertThat(noOptions.maximumEnd()).isEqualTo(noOptions.currentEnd()).isEqualTo(noOptions.noticeDeadline());
        assertThat(ContractTerms.parse("12, 6")).containsExactly(12, 6);
        assertThat(ContractTerms.parse("")).isEmpty();
    }

    /** 2027-03-31 with three months' notice: the last day is 2026-12-31; it has passed from 2027-01-01. */
    @Test
    void theNoticeDeadlineHasPassedTheDayAfterIt() {
        ContractTerms terms = new ContractTerms(LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31), List.of(), 0, 3);
        assertThat(terms.noticeDeadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(terms.noticeDeadlinePassed(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(terms.noticeDeadlinePassed(LocalDate.of(2027, 1, 1))).isTrue();
    }
}
