package se.hoglandet.platform.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The demo application starts with the guidelines the demo and the browser journey rely on: the template published in
 * its second version, Aneby, Eksjö and Nässjö published with the deliberate gaps the matrix shows, Sävsjö in review
 * with comments, and nothing yet for Vetlanda (whose IT manager adopts the template in the journey). Other tests
 * share the database (a journey adopts for Vetlanda), so the checks look at the demo's own rows.
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class DemoGuidelinesTest extends SpringBrowserlessTest {

    @Autowired
    GuidelineComparisonService comparison;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMatrixShowsTheTemplateAndThreePublishedMunicipalitiesWithTheirGaps() {
        GuidelineMatrix matrix = comparison.matrix();
        List<GuidelineMatrix.Column> demo = matrix.columns().stream()
                .filter(c -> List.of(
                                "Höglandsförbundet", "Aneby kommun", "Eksjö kommun", "Nässjö kommun", "Sävsjö kommun")
                        .contains(c.organisationName()))
                .toList();
        assertThat(demo)
                .extracting(GuidelineMatrix.Column::organisationName)
                .containsExactly("Höglandsförbundet", "Aneby kommun", "Eksjö kommun", "Nässjö kommun");
        assertThat(demo.getFirst().template()).isTrue();
        assertThat(demo.getFirst().versionNumber()).isEqualTo(2);
        Map<String, Long> ids = new java.util.HashMap<>();
        demo.forEach(c -> ids.put(c.organisationName(), c.guidelineId()));

        assertThat(matrix.cell("training", ids.get("Eksjö kommun")))
                .as("Eksjö has no training rule")
                .isNull();
        assertThat(matrix.cell("training", ids.get("Nässjö kommun")).kind()).isEqualTo(ClauseKind.RULE);
        assertThat(matrix.cell("incidents", ids.get("Nässjö kommun")))
                .as("nor Nässjö on incidents")
                .isNull();
        assertThat(matrix.cell("bias", ids.get("Höglandsförbundet")).kind()).isEqualTo(ClauseKind.RECOMMENDATION);
        assertThat(matrix.cell("bias", ids.get("Eksjö kommun")).kind()).isEqualTo(ClauseKind.RULE);
        assertThat(matrix.cell("bias", ids.get("Aneby kommun")))
                .as("Aneby adopted the first version, before the bias clause")
                .isNull();
        assertThat(matrix.cell("approved-tools", ids.get("Nässjö kommun")).kind())
                .isEqualTo(ClauseKind.RECOMMENDATION);
    }

    @Test
    void saevsjoIsInReviewAndVetlandaHasNoGuidelineYet() {
        assertThat(jdbc.queryForList(
                        "select g.status from guideline g join organisation o on o.id = g.owner_organisation_id"
                                + " where o.code = 'savsjo' and g.demo = true",
                        String.class))
                .containsExactly("IN_REVIEW");
        assertThat(jdbc.queryForObject(
                        "select count(*) from guideline_comment c join guideline g on g.id = c.guideline_id"
                                + " join organisation o on o.id = g.owner_organisation_id where o.code = 'savsjo' and g.demo = true",
                        Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from guideline g join organisation o on o.id = g.owner_organisation_id"
                                + " where o.code = 'vetlanda' and g.demo = true",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select t.status from guideline a join organisation o on o.id = a.owner_organisation_id"
                                + " join guideline t on t.id = a.source_template_id where o.code = 'aneby' and a.demo = true",
                        String.class))
                .as("Aneby's source is the template's first version, superseded since")
                .isEqualTo("SUPERSEDED");
    }
}
