package se.hoglandet.platform.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scoring with hand-computed values, on a model of two dimensions: A (questions a1, a2) and B (question b1).
 * Respondent 1: a1=2, a2=4, b1=5 → A 3, B 5. Respondent 2: a1=3, a2=3, b1=2 → A 3, B 2. Respondent 3: a1=1, b1=4
 * (a2 unanswered) → A 1, B 4. Organisation: A (3+3+1)/3 = 2.333… → 2.33, B (5+2+4)/3 = 3.67; overall (2.333…+3.666…)/2
 * = 3.00. A second organisation A 4, B 1; the federation: A (2.333…+4)/2 = 3.17, B (3.666…+1)/2 = 2.33.
 */
class ScoringTest {

    private static final ModelDefinition MODEL = ModelDefinition.parse("""
            {"key": "t", "name": "Test", "description": null, "dimensions": [
              {"key": "A", "name": "A", "courseTopic": null, "initiativeArea": null, "questions": [
                {"key": "a1", "text": "a1", "comment": false, "scale": [{"value": 1, "description": "1"}, {"value": 2, "description": "2"},
                  {"value": 3, "description": "3"}, {"value": 4, "description": "4"}, {"value": 5, "description": "5"}]},
                {"key": "a2", "text": "a2", "comment": false, "scale": [{"value": 1, "description": "1"}, {"value": 2, "description": "2"},
                  {"value": 3, "description": "3"}, {"value": 4, "description": "4"}, {"value": 5, "description": "5"}]}]},
              {"key": "B", "name": "B", "courseTopic": null, "initiativeArea": null, "questions": [
                {"key": "b1", "text": "b1", "comment": false, "scale": [{"value": 1, "description": "1"}, {"value": 2, "description": "2"},
                  {"value": 3, "description": "3"}, {"value": 4, "description": "4"}, {"value": 5, "description": "5"}]}]}]}
            """);

    @Test
    void respondentsOrganisationAndFederation() {
        Map<String, Answer> one =
                Map.of("a1", new Answer(2, null), "a2", new Answer(4, null), "b1", new Answer(5, null));
        Map<String, Answer> two =
                Map.of("a1", new Answer(3, null), "a2", new Answer(3, null), "b1", new Answer(2, null));
        Map<String, Answer> three = Map.of("a1", new Answer(1, null), "b1", new Answer(4, "Ett skäl"));
        assertThat(Scoring.respondent(MODEL, one)).containsExactly(Map.entry("A", 3.0), Map.entry("B", 5.0));
        assertThat(Scoring.respondent(MODEL, three)).containsExactly(Map.entry("A", 1.0), Map.entry("B", 4.0));

        Map<String, Double> organisation = Scoring.organisation(MODEL, List.of(one, two, three));
        assertThat(Scoring.rounded(organisation.get("A"))).isEqualByComparingTo("2.33");
        assertThat(Scoring.rounded(organisation.get("B"))).isEqualByComparingTo("3.67");
        assertThat(Scoring.rounded(Scoring.overall(organisation))).isEqualByComparingTo("3.00");

        Map<String, Double> federation = Scoring.federation(MODEL, List.of(organisation, Map.of("A", 4.0, "B", 1.0)));
        assertThat(Scoring.rounded(federation.get("A"))).isEqualByComparingTo("3.17");
        assertThat(Scoring.rounded(federation.get("B"))).isEqualByComparingTo("2.33");
        assertThat(Scoring.federation(MODEL, List.of())).isEmpty();
    }
}
