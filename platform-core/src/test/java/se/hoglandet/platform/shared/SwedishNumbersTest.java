package se.hoglandet.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SwedishNumbersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "10,5|10.5",
                "480 000|480000",
                "480 000,25|480000.25",
                "480\u00A0000,25|480000.25",
                "1234567|1234567",
                "-3|-3",
                "\u22123,5|-3.5",
                "  7  |7",
                "0,05|0.05"
            })
    void readsSwedishNumbers(String typed, String expected) {
        assertThat(SwedishNumbers.parse(typed)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.999", "10.5", "abc", "1,2,3", "12 34", "1e5", "10,", ",5", "--1", "10 kr"})
    void refusesWhatIsNotANumberInSwedishFormRatherThanGuessing(String typed) {
        assertThatThrownBy(() -> SwedishNumbers.parse(typed))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("number.error.format");
    }

    @Test
    void blankIsNoValue() {
        assertThat(SwedishNumbers.parse("  ")).isNull();
        assertThat(SwedishNumbers.parse(null)).isNull();
    }

    @Test
    void amountsFitTheColumnAndHaveAtMostTwoDecimals() {
        assertThat(SwedishNumbers.amount(new BigDecimal("9999999999999.99"))).isNotNull();
        assertThatThrownBy(() -> SwedishNumbers.amount(new BigDecimal("99999999999999999")))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("number.error.amount");
        assertThatThrownBy(() -> SwedishNumbers.amount(new BigDecimal("-1")))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("number.error.amount");
        assertThatThrownBy(() -> SwedishNumbers.amount(new BigDecimal("10.999")))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("number.error.amount");
        assertThat(SwedishNumbers.amount(new BigDecimal("10.50"))).isEqualByComparingTo("10.5");
    }

    @Test
    void measuresMayBeNegativeWithFourDecimals() {
        assertThat(SwedishNumbers.measure(new BigDecimal("-12.3456"))).isNotNull();
        assertThatThrownBy(() -> SwedishNumbers.measure(new BigDecimal("1.23456")))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("number.error.measure");
        assertThatThrownBy(() -> SwedishNumbers.measure(new BigDecimal("1e16")))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("number.error.measure");
    }

    @Test
    void formatsWithSpacedThousandsAndADecimalComma() {
        assertThat(SwedishNumbers.format(new BigDecimal("480000.00"), 2)).isEqualTo("480\u00A0000,00");
        assertThat(SwedishNumbers.format(new BigDecimal("6.5"))).isEqualTo("6,5");
        assertThat(SwedishNumbers.format(new BigDecimal("3.5"), 2)).isEqualTo("3,50");
        assertThat(SwedishNumbers.plain(new BigDecimal("480000.00"))).isEqualTo("480000");
    }
}
