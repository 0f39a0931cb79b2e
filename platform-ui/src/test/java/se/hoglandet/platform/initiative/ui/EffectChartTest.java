package se.hoglandet.platform.initiative.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.hoglandet.platform.ui.SignedInViewTest;

/**
 * The effect chart's option: the value axis spans baseline, target and every value (so both lines are drawn inside
 * the chart), the lines' labels sit inside the plot with Swedish numbers, and an indicator without measurements
 * says so in the chart.
 */
class EffectChartTest extends SignedInViewTest {

    @Test
    void theAxisSpansBaselineTargetAndValues() {
        BigDecimal[] range =
                EffectChart.range(new BigDecimal("10"), new BigDecimal("4.5"), List.of(new BigDecimal("7")));
        assertThat(range[0]).isLessThan(new BigDecimal("4.5")).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(range[1]).isGreaterThan(BigDecimal.TEN);

        BigDecimal[] falling = EffectChart.range(new BigDecimal("-2"), new BigDecimal("3"), List.of());
        assertThat(falling[0]).isLessThan(new BigDecimal("-2"));
        assertThat(falling[1]).isGreaterThan(new BigDecimal("3"));

        BigDecimal[] flat = EffectChart.range(BigDecimal.ZERO, BigDecimal.ZERO, List.of(BigDecimal.ZERO));
        assertThat(flat[1]).isGreaterThan(flat[0]);
    }

    @Test
    void linesAreLabelledInsideThePlotInSwedish() {
        String option = EffectChart.option(
                "Svarstid",
                new BigDecimal("10.5"),
                new BigDecimal("4.25"),
                List.of(LocalDate.of(2026, 3, 1)),
                List.of(new BigDecimal("7.75")),
                "Utgångsläge",
                "Mål");
        assertThat(option)
                .contains("\"formatter\":\"Utgångsläge 10,5\",\"position\":\"insideStartTop\"")
                .contains("\"formatter\":\"Mål 4,25\",\"position\":\"insideEndTop\"")
                .contains("\"formatter\":\"7,75\"")
                .contains("\"min\":")
                .doesNotContain("Inga mätvärden");
    }

    @Test
    void anIndicatorWithoutMeasurementsSaysSoInTheChart() {
        String option = EffectChart.option(
                "Svarstid", BigDecimal.TEN, BigDecimal.ONE, List.of(), List.of(), "Utgångsläge", "Mål");
        assertThat(option).contains("\"title\":{\"text\":\"Inga mätvärden ännu\"");
        assertThat(option).contains("\"formatter\":\"Utgångsläge 10\"");
    }
}
