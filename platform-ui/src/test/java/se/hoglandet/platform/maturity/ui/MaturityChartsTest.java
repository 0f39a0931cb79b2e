package se.hoglandet.platform.maturity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import se.hoglandet.platform.maturity.FederationOverview;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.maturity.OrganisationOverview;
import se.hoglandet.platform.ui.EChart;
import se.hoglandet.testsupport.UsesMariaDb;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the maturity charts are told to draw: the heatmap reads from light to deep (no red), its legend names the
 * ranges and its cells carry the same Swedish figures as the table; the radar draws the organisation above the
 * average, so that its line shows where the two are equal.
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class MaturityChartsTest extends SpringBrowserlessTest {

    static final ModelDefinition MODEL = ModelDefinition.parse("""
            {"key": "prov", "name": "Prov", "description": "",
             "dimensions": [
              {"key": "a", "name": "Strategi", "questions": [{"key": "a1", "text": "A?", "comment": false,
                "scale": [{"value": 1, "description": "1"}, {"value": 2, "description": "2"},
                          {"value": 3, "description": "3"}, {"value": 4, "description": "4"},
                          {"value": 5, "description": "5"}]}]},
              {"key": "b", "name": "Kompetens", "questions": [{"key": "b1", "text": "B?", "comment": false,
                "scale": [{"value": 1, "description": "1"}, {"value": 2, "description": "2"},
                          {"value": 3, "description": "3"}, {"value": 4, "description": "4"},
                          {"value": 5, "description": "5"}]}]}]}
            """);

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theHeatmapReadsLowToHighWithALegendOfValuesAndTheTablesRounding() {
        FederationOverview overview = new FederationOverview(
                null,
                MODEL,
                List.of(
                        new FederationOverview.Row(
                                1L,
                                "Eksjö kommun",
                                false,
                                Map.of("a", new BigDecimal("3.50"), "b", new BigDecimal("1.25"))),
                        new FederationOverview.Row(2L, "Aneby kommun", true, Map.of())),
                Map.of(),
                List.of(),
                Map.of(),
                Map.of(),
                List.of(),
                2,
                1);
        HeatmapSection section = new HeatmapSection(overview);
        UI.getCurrent().add(section);
        JsonNode option = option(section);

        JsonNode pieces = option.get("visualMap").get("pieces");
        assertThat(texts(pieces, "label")).containsExactly("1,00–1,99", "2,00–2,99", "3,00–3,99", "4,00–5,00");
        List<Double> lightness = new ArrayList<>();
        for (JsonNode piece : pieces) {
            int[] rgb = rgb(piece.get("color").asString());
            assertThat(rgb[0] > rgb[1] + 40 && rgb[0] > rgb[2] + 40)
                    .as("no red: %s", piece.get("color"))
                    .isFalse();
            lightness.add((rgb[0] + rgb[1] + rgb[2]) / 3.0);
        }
        assertThat(lightness)
                .as("deeper colour for higher maturity")
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        JsonNode cells = option.get("series").get(0).get("data");
        assertThat(cells).hasSize(2);
        assertThat(texts(cells, "label", "formatter")).containsExactly("3,50", "1,25");
        assertThat(option.get("grid").get("containLabel").asBoolean()).isTrue();
        assertThat(option.get("xAxis").get("axisLabel").get("interval").asInt()).isZero();

        @SuppressWarnings("unchecked")
        Grid<FederationOverview.Row> table = (Grid<FederationOverview.Row>)
                section.getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();
        assertThat(test(table).getCellText(0, 1)).isEqualTo("3,50");
        assertThat(test(table).getCellText(0, 2)).isEqualTo("1,25");
        assertThat(test(table).getCellText(1, 1)).isEqualTo("för få svar");
    }

    @Test
    void theRadarDrawsTheOrganisationAboveAnAverageItEquals() {
        Map<String, BigDecimal> same = Map.of("a", new BigDecimal("3.00"), "b", new BigDecimal("2.00"));
        OrganisationOverview overview = new OrganisationOverview(
                1L, "Eksjö kommun", 3, 3, false, same, same, Map.of(), null, "a", "b", Map.of(), 3, 3, true);
        JsonNode option = option(new Div(new RadarChart(MODEL, overview, "Förbundets medelvärde", "Spindeldiagram")));

        JsonNode own = option.get("series").get(0);
        JsonNode average = option.get("series").get(1);
        assertThat(own.get("data").get(0).get("name").asString()).isEqualTo("Eksjö kommun");
        assertThat(average.get("data").get(0).get("name").asString()).isEqualTo("Förbundets medelvärde");
        assertThat(own.get("z").asInt()).isGreaterThan(average.get("z").asInt());
        assertThat(own.get("data").get(0).get("lineStyle").get("type").asString())
                .isEqualTo("solid");
        assertThat(average.get("data").get(0).get("lineStyle").get("type").asString())
                .isEqualTo("dashed");
        assertThat(own.get("data").get(0).get("value"))
                .isEqualTo(average.get("data").get(0).get("value"));
        assertThat(own.get("data").get(0).get("value").get(0).asDouble()).isEqualTo(3.0);
        assertThat(own.get("data").get(0).get("tooltip").get("formatter").asString())
                .isEqualTo("Eksjö kommun: Strategi 3,00, Kompetens 2,00");
    }

    private static JsonNode option(com.vaadin.flow.component.Component holder) {
        EChart chart = holder.getChildren()
                .filter(EChart.class::isInstance)
                .map(EChart.class::cast)
                .findFirst()
                .orElseThrow();
        return JSON.readTree(chart.option());
    }

    private static List<String> texts(JsonNode array, String... path) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array) {
            JsonNode node = item;
            for (String step : path) {
                node = node.get(step);
            }
            texts.add(node.asString());
        }
        return texts;
    }

    private static int[] rgb(String hex) {
        return new int[] {
            Integer.parseInt(hex.substring(1, 3), 16),
            Integer.parseInt(hex.substring(3, 5), 16),
            Integer.parseInt(hex.substring(5, 7), 16)
        };
    }
}
