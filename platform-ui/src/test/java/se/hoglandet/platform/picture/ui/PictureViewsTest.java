package se.hoglandet.platform.picture.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.maturity.ExternalInstrument;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.picture.GoalIndicator;
import se.hoglandet.platform.picture.GoalProgress;
import se.hoglandet.platform.picture.YearlyReportService;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.pdf.PdfRenderer;
import se.hoglandet.platform.ui.EChart;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.SignedInViewTest;
import se.hoglandet.testsupport.PdfChecks;

/**
 * The picture's pages and every dialog on them, browserless against MariaDB in demo mode: recording a level, a goal
 * and a measured value, an external result and its CSV import each save what they should (read back with JDBC) and
 * refuse bad input in Swedish with nothing saved; a goal changed meanwhile is refused as stale; the federation
 * compares every organisation's levels; the yearly report is a page and a PDF that veraPDF passes.
 */
class PictureViewsTest extends SignedInViewTest {

    @Autowired
    YearlyReportService reports;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorRecordsAChosenLevel() {
        signIn("nassjo.org-admin");
        long nassjo = organisation("nassjo");
        navigate("picture/" + nassjo, PictureView.class);
        assertThat($(H2.class).id("picture-heading").getText()).isEqualTo("AI-bilden för Nässjö kommun");
        long before = decisions(nassjo);

        test($(Button.class).id("record-level")).click();
        test($(Button.class).id("dialog-save")).click();
        assertRefusedInDialog("Välj ett område.");
        assertThat(decisions(nassjo)).isEqualTo(before);

        String area =
                jdbc.queryForObject("select area_key from collaboration_area order by position limit 1", String.class);
        $(ComboBox.class).id("level-area").setValue(area);
        $(RadioButtonGroup.class).id("level-level").setValue(CollaborationLevel.of(3));
        test($(TextField.class).id("level-decided-by")).setValue("Kommunstyrelsen");
        $(DatePicker.class)
                .id("level-decided-on")
                .setValue(LocalDate.now(SwedishTime.ZONE).minusDays(3));
        test($(TextField.class).id("level-diary-number")).setValue("KS 2026/112");
        test($(Button.class).id("dialog-save")).click();
        assertDone("Beslutet om samverkansnivå är registrerat.");
        assertThat(jdbc.queryForObject(
                        "select collaboration_level from level_decision where organisation_id = ? and area_key = ?"
                                + " order by id desc limit 1",
                        Integer.class,
                        nassjo,
                        area))
                .isEqualTo(3);
        assertThat(decisions(nassjo)).isEqualTo(before + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void goalsAreAddedMeasuredAndAStaleEditRefused() {
        signIn("eksjo.org-admin");
        long eksjo = organisation("eksjo");
        navigate("picture/" + eksjo, PictureView.class);
        String title = "Mål " + System.nanoTime();

        test($(Button.class).id("new-goal")).click();
        test($(TextField.class).id("goal-title")).setValue(title);
        $(ComboBox.class).id("goal-indicator").setValue(GoalIndicator.MEASURED);
        test($(TextField.class).id("goal-baseline")).setValue("1.5");
        test($(TextField.class).id("goal-target")).setValue("40");
        $(DatePicker.class)
                .id("goal-target-date")
                .setValue(LocalDate.now(SwedishTime.ZONE).plusYears(1));
        test($(Button.class).id("dialog-save")).click();
        assertRefusedInDialog("Skriv ett tal med decimalkomma, till exempel 10,5 eller 480 000.");
        assertThat(goals(title)).isZero();

        test($(TextField.class).id("goal-baseline")).setValue("12,5");
        test($(Button.class).id("dialog-save")).click();
        assertDone("Målet är sparat.");
        assertThat(goals(title)).isOne();
        long goal = jdbc.queryForObject("select id from organisation_goal where title = ?", Long.class, title);
        assertThat(jdbc.queryForObject("select baseline from organisation_goal where id = ?", Double.class, goal))
                .isEqualTo(12.5);

        clickInGoalRow(goal, "measure-goal-" + goal);
        test($(TextField.class).id("measure-value")).setValue("17,25");
        test($(Button.class).id("dialog-save")).click();
        assertDone("Det uppmätta värdet är sparat.");
        assertThat(jdbc.queryForObject(
                        "select measured_value from goal_measurement where goal_id = ?", Double.class, goal))
                .isEqualTo(17.25);

        clickInGoalRow(goal, "edit-goal-" + goal);
        test($(TextField.class).id("goal-title")).setValue(title + " ändrat");
        jdbc.update("update organisation_goal set version = version + 1 where id = ?", goal);
        test($(Button.class).id("dialog-save")).click();
        assertRefusedInDialog(STALE);
        assertThat(goals(title)).isOne();
    }

    @Test
    @SuppressWarnings("unchecked")
    void externalResultsAreEnteredAndACsvWithBadRowsSavesNothing() {
        signIn("eksjo.org-admin");
        long eksjo = organisation("eksjo");
        navigate("picture/" + eksjo, PictureView.class);
        long before = externalResults(eksjo);

        test($(Button.class).id("enter-external")).click();
        test($(Button.class).id("dialog-save")).click();
        assertRefusedInDialog("Välj instrument och en av instrumentets dimensioner.");
        assertThat(externalResults(eksjo)).isEqualTo(before);

        $(ComboBox.class).id("external-instrument").setValue(ExternalInstrument.PIOS);
        test($(TextField.class).id("external-year")).setValue("2019");
        test($(TextField.class).id("external-value")).setValue("3,5");
        test($(TextField.class).id("external-scale")).setValue("5");
        test($(Button.class).id("dialog-save")).click();
        assertDone("Det externa resultatet är sparat.");
        assertThat(externalResults(eksjo)).isEqualTo(before + 1);

        String csv = """
                organisation;instrument;year;dimension;value;scale
                eksjo;DIOS;2018;overall;3,1;5
                eksjo;DIOS;2018;overall;9;5
                """;
        test($(Upload.class).id("external-upload"))
                .upload("resultat.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat($(FormError.class)
                        .from($(Div.class).id("external-import"))
                        .first()
                        .getText())
                .as("the reason for the row, in Swedish")
                .isEqualTo("Filen sparades inte. Rad 3: Ange ett värde mellan 0 och skalans högsta värde, med högst"
                        + " två decimaler. Rätta raderna och försök igen.");
        assertThat(externalResults(eksjo)).isEqualTo(before + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void federationStaffCompareEveryOrganisationsLevels() {
        signIn("hoglandsforbundet.federation-staff");
        navigate(FederationLevelsView.class);
        Grid<Organisation> grid = $(Grid.class).id("federation-levels");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(6);
        List<String> names = IntStream.range(0, test(grid).size())
                .mapToObj(row -> test(grid).getRow(row).name())
                .toList();
        assertThat(names)
                .contains(
                        "Höglandsförbundet",
                        "Aneby kommun",
                        "Eksjö kommun",
                        "Nässjö kommun",
                        "Sävsjö kommun",
                        "Vetlanda kommun");
        assertThat($(EChart.class).id("federation-levels-chart").option()).contains("Eksjö kommun", "Nässjö kommun");
    }

    @Test
    void theYearlyReportIsAPageAndAnAccessiblePdf() throws Exception {
        signIn("eksjo.org-admin");
        long eksjo = organisation("eksjo");
        int year = LocalDate.now(SwedishTime.ZONE).getYear();
        UI.getCurrent()
                .navigate(
                        YearlyReportView.class,
                        QueryParameters.simple(
                                Map.of("organisation", String.valueOf(eksjo), "year", String.valueOf(year))));
        assertThat($(H2.class).id("report-heading").getText()).isEqualTo("Årsrapport " + year + " för Eksjö kommun");
        YearlyReportView view = $(YearlyReportView.class).first();
        byte[] pdf = PdfRenderer.render(new YearlyReportPdf(view).document(reports.organisationReport(eksjo, year)));
        PdfChecks.assertAccessible(pdf, "Eksjö's yearly report");
        assertThat(PdfChecks.text(pdf)).contains("Valda samverkansnivåer", "Eksjö kommun");

        signIn("hoglandsforbundet.federation-staff");
        UI.getCurrent().navigate(YearlyReportView.class, QueryParameters.of("year", String.valueOf(year)));
        assertThat($(H2.class).id("report-heading").getText()).isEqualTo("Förbundets årsrapport " + year);
        byte[] federation = PdfRenderer.render(
                new YearlyReportPdf($(YearlyReportView.class).first()).document(reports.federationReport(year)));
        PdfChecks.assertAccessible(federation, "the federation's yearly report");
    }

    /** Clicks a button of a goal's row (rendered by the grid, so found through the grid's tester). */
    @SuppressWarnings("unchecked")
    private void clickInGoalRow(long goal, String buttonId) {
        Grid<GoalProgress> grid = $(Grid.class).id("goals-grid");
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).goal().id() == goal) {
                Button button = (Button) test(grid)
                        .getCellComponent(row, "actions")
                        .getChildren()
                        .filter(c -> c.getId().filter(buttonId::equals).isPresent())
                        .findFirst()
                        .orElseThrow();
                ComponentUtil.fireEvent(button, new ClickEvent<>(button));
                return;
            }
        }
        throw new AssertionError("No row for goal " + goal);
    }

    private long organisation(String code) {
        return jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
    }

    private long decisions(long organisation) {
        return jdbc.queryForObject(
                "select count(*) from level_decision where organisation_id = ?", Long.class, organisation);
    }

    private long goals(String title) {
        return jdbc.queryForObject("select count(*) from organisation_goal where title = ?", Long.class, title);
    }

    private long externalResults(long organisation) {
        return jdbc.queryForObject(
                "select count(*) from external_result where organisation_id = ?", Long.class, organisation);
    }
}
