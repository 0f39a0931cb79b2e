package se.hoglandet.platform.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDraft;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.assessment.Risk;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.SignedInViewTest;
import se.hoglandet.platform.ui.form.Choice;
import se.hoglandet.platform.visibility.Visibility;

/**
 * The assessment editor in the browserless UI: starting without a template explains itself; the form counts the
 * answered questions as the service does, names covered initiatives by title and saves what it shows; a refused
 * save (a missing title, a visibility secrecy forbids) and a stale edit keep what was typed and save nothing; the
 * risk editor adds, changes and removes risks.
 */
class AssessmentFormTest extends SignedInViewTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Test
    void startingWithoutATemplateSaysWhatToChoose() {
        signIn("eksjo.lawyer");
        navigate(AssessmentsView.class);
        test($(Button.class).id("new-assessment")).click();
        ComboBox<?> template = $(ComboBox.class).id("new-assessment-template");
        assertThat(template.isInvalid()).isTrue();
        assertThat(template.getErrorMessage()).isEqualTo("Välj först vilken mall den nya bedömningen ska följa.");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AssessmentsView.class);

        navigate("assessments/new", AssessmentEditView.class);
        Div chooser = $(Div.class).id("template-chooser");
        assertThat($(Paragraph.class).from(chooser).first().getText()).startsWith("Välj vilken mall");
        assertThat($(RouterLink.class).from(chooser).all())
                .hasSize(templates.catalogue().size());
        assertThat($(RouterLink.class).id("start-risk-consequence").getHref())
                .isEqualTo("assessments/new?template=risk-consequence");
    }

    @Test
    void theFormCountsAnswersNamesInitiativesAndSavesWhatItShows() {
        signIn("vetlanda.project-lead");
        Long initiative = jdbc.queryForObject(
                "select min(i.id) from initiative i join organisation o on o.id = i.owner_organisation_id"
                        + " where o.code = 'eksjo' and i.demo = true and i.visibility = 'FEDERATION'",
                Long.class);
        String initiativeTitle =
                jdbc.queryForObject("select title from initiative where id = ?", String.class, initiative);
        startNew(Map.of("template", "risk-consequence", "initiative", String.valueOf(initiative)));
        assertThat(progress()).isEqualTo("0 av 9 besvarade");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Choice> covered = $(MultiSelectComboBox.class).id("assessment-initiatives");
        assertThat(covered.getValue()).containsExactly(new Choice(initiative, initiativeTitle));

        String title = "Bedömning " + System.nanoTime();
        test($(TextField.class).id("assessment-title")).setValue(title);
        test($(TextArea.class).id("answer-purpose")).setValue("Sammanfatta ärenden.");
        assertThat(progress()).isEqualTo("1 av 9 besvarade");
        answer("answer-personalData", "YES");
        // Two questions follow a yes: 11 shown, 2 answered.
        assertThat(progress()).isEqualTo("2 av 11 besvarade");
        test($(Button.class).id("save-assessment")).click();

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AssessmentView.class);
        Long id = jdbc.queryForObject("select id from assessment where title = ?", Long.class, title);
        assertThat(jdbc.queryForList(
                        "select initiative_id from assessment_initiative where assessment_id = ?", Long.class, id))
                .containsExactly(initiative);
        assertThat(jdbc.queryForObject(
                        "select answer from assessment_answer where assessment_id = ? and question_key = 'personalData'",
                        String.class,
                        id))
                .isEqualTo("YES");
        UnorderedList initiatives = $(UnorderedList.class).id("assessment-initiatives");
        assertThat(initiatives.getElement().getTextRecursively())
                .contains(initiativeTitle)
                .doesNotContain("nr");
        assertThat($(com.vaadin.flow.component.html.Main.class)
                        .first()
                        .getElement()
                        .getTextRecursively())
                .contains("2 av 11 besvarade");
    }

    @Test
    void aRefusedSaveKeepsWhatWasTypedAndSavesNothing() {
        signIn("eksjo.lawyer");
        startNew(Map.of("template", "ai-act-classification"));
        test($(TextArea.class).id("answer-rationale")).setValue("Bilaga III punkt 4.");
        test($(Button.class).id("save-assessment")).click();
        assertThat($(TextField.class).id("assessment-title").isInvalid()).isTrue();

        // Under secrecy only private or shared: the form greys the others out, the service refuses them anyway.
        String title = "Sekretess " + System.nanoTime();
        test($(TextField.class).id("assessment-title")).setValue(title);
        test($(Checkbox.class).id("assessment-secret")).click();
        visibility().setValue(Visibility.FEDERATION);
        test($(Button.class).id("save-assessment")).click();
        assertThat($(FormError.class).id("form-error").getText())
                .isEqualTo("En post med sekretess kan bara vara privat eller delad med namngivna organisationer.");
        assertThat($(TextArea.class).id("answer-rationale").getValue()).isEqualTo("Bilaga III punkt 4.");
        assertThat(jdbc.queryForObject("select count(*) from assessment where title = ?", Long.class, title))
                .isZero();

        visibility().setValue(Visibility.PRIVATE);
        test($(Button.class).id("save-assessment")).click();
        assertThat(jdbc.queryForObject(
                        "select visibility from assessment where title = ? and secret = true", String.class, title))
                .isEqualTo("PRIVATE");
    }

    @Test
    void aStaleEditIsRefusedAndTheNewerVersionStays() {
        signIn("eksjo.lawyer");
        Assessment draft = draft("Inaktuell " + System.nanoTime(), "risk-consequence");
        navigate("assessments/" + draft.id() + "/edit", AssessmentEditView.class);
        jdbc.update(
                "update assessment set version = version + 1, title = 'Ändrad av någon annan' where id = ?",
                draft.id());
        test($(TextField.class).id("assessment-title")).setValue("Min ändring");
        test($(Button.class).id("save-assessment")).click();

        assertThat($(FormError.class).id("form-error").getText()).isEqualTo(STALE);
        assertThat(jdbc.queryForObject("select title from assessment where id = ?", String.class, draft.id()))
                .isEqualTo("Ändrad av någon annan");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRiskEditorAddsChangesAndRemovesRisks() {
        signIn("eksjo.lawyer");
        Assessment draft = draft("Risker " + System.nanoTime(), "risk-consequence");
        navigate("assessments/" + draft.id() + "/edit", AssessmentEditView.class);

        test($(Button.class).id("add-risk")).click();
        Dialog dialog = $(Dialog.class).first();
        test($(Button.class).id("save-risk")).click();
        assertThat(dialog.isOpened()).as("a risk needs a description").isTrue();
        assertThat($(TextArea.class).id("risk-description").getErrorMessage())
                .isEqualTo("Beskriv risken (högst 1 000 tecken).");
        test($(TextArea.class).id("risk-description")).setValue("Felaktiga sammanfattningar");
        ((Select<Integer>) $(Select.class).id("risk-likelihood")).setValue(3);
        test($(TextArea.class).id("risk-measure")).setValue("Granskning före utskick");
        test($(Button.class).id("save-risk")).click();
        assertThat(dialog.isOpened()).isFalse();
        test($(Button.class).id("add-risk")).click();
        test($(TextArea.class).id("risk-description")).setValue("Läckage av personuppgifter");
        test($(Button.class).id("save-risk")).click();

        Grid<Risk> grid =
                $(Grid.class).from($(RiskRegisterField.class).single()).first();
        assertThat(test(grid).size()).isEqualTo(2);
        rowAction(grid, 1, "Ta bort risken Läckage av personuppgifter");
        assertThat(test(grid).size()).isOne();
        rowAction(grid, 0, "Ändra risken Felaktiga sammanfattningar");
        ((Select<Integer>) $(Select.class).id("risk-residualLikelihood")).setValue(2);
        test($(Button.class).id("save-risk")).click();
        test($(Button.class).id("save-assessment")).click();

        assertThat(jdbc.queryForList(
                        "select concat(description, ':', likelihood, ':', residual_likelihood) from assessment_risk"
                                + " where assessment_id = ?",
                        String.class,
                        draft.id()))
                .containsExactly("Felaktiga sammanfattningar:3:2");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Visibility> visibility() {
        return $(RadioButtonGroup.class).id("assessment-visibility");
    }

    /** The editor for a new assessment, as a link with query parameters opens it. */
    private void startNew(Map<String, String> parameters) {
        UI.getCurrent().navigate(AssessmentEditView.class, QueryParameters.simple(parameters));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AssessmentEditView.class);
    }

    private Assessment draft(String title, String templateKey) {
        Long template = templates.catalogue().stream()
                .filter(t -> t.templateKey().equals(templateKey))
                .findFirst()
                .orElseThrow()
                .id();
        return assessments.create(template, AssessmentDraft.titled(title, "Copilot", Set.of()));
    }

    /** Clicks the button named {@code label} in the row's last cell (the grid renders its buttons per row). */
    private void rowAction(Grid<Risk> grid, int row, String label) {
        Component actions = test(grid).getCellComponent(row, grid.getColumns().size() - 1);
        test($(Button.class).from(actions).withAriaLabel(label).single()).click();
    }

    @SuppressWarnings("unchecked")
    private void answer(String id, String value) {
        ((RadioButtonGroup<String>) $(RadioButtonGroup.class).id(id)).setValue(value);
    }

    private String progress() {
        return $(Paragraph.class).id("answers-progress").getText();
    }
}
