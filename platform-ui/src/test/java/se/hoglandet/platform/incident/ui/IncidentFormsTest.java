package se.hoglandet.platform.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hoglandet.platform.incident.IncidentKind;
import se.hoglandet.platform.incident.IncidentSeverity;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.ui.SignedInViewTest;
import se.hoglandet.platform.visibility.Visibility;

/**
 * The incident report form and the handlers' dialogs, browserless against MariaDB: a report opened from a tool is
 * linked to it and saved; a report without a title is refused at the field; closing needs the resolution; sharing
 * names organisations; a change on a version someone else saved meanwhile is refused as stale.
 */
class IncidentFormsTest extends SignedInViewTest {

    @Test
    void aReportOpenedFromAToolIsLinkedToItAndSaved() {
        long chatGpt =
                jdbc.queryForObject("select id from ai_tool where name = 'ChatGPT (gratisversionen)'", Long.class);
        String title = report(chatGpt);

        assertThat(jdbc.queryForObject("select tool_id from incident where title = ?", Long.class, title))
                .isEqualTo(chatGpt);
        assertThat(getCurrentView()).isInstanceOf(IncidentView.class);
        assertThat($(H2.class).id("incident-heading").getText()).isEqualTo(title);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReportWithoutATitleIsRefusedAtTheField() {
        signIn("eksjo.member");
        long chatGpt =
                jdbc.queryForObject("select id from ai_tool where name = 'ChatGPT (gratisversionen)'", Long.class);
        openReportForm(chatGpt);
        ComboBox<AiTool> tool = $(ComboBox.class).id("incident-tool");
        assertThat(tool.getValue().id()).isEqualTo(chatGpt);
        long before = jdbc.queryForObject("select count(*) from incident", Long.class);
        test($(Button.class).id("send-incident")).click();

        TextField title = $(TextField.class).id("incident-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Ange en rubrik.");
        assertThat(jdbc.queryForObject("select count(*) from incident", Long.class))
                .isEqualTo(before);
    }

    @Test
    void closingNeedsTheResolutionAndAStaleStepIsRefused() {
        String title = report(null);
        long id = jdbc.queryForObject("select id from incident where title = ?", Long.class, title);
        signIn("eksjo.infosec");
        navigate("incidents/" + id, IncidentView.class);
        test($(Button.class).id("incident-to-INVESTIGATING")).click();
        test($(Button.class).id("save-incident-status")).click();
        assertThat(status(id)).isEqualTo("INVESTIGATING");

        test($(Button.class).id("incident-to-CLOSED")).click();
        test($(Button.class).id("save-incident-status")).click();
        TextArea note = $(TextArea.class).id("incident-note");
        assertThat(note.getErrorMessage()).isEqualTo("Beskriv åtgärden innan incidenten avslutas.");
        assertThat(status(id)).isEqualTo("INVESTIGATING");

        test(note).setValue("Tjänsten stängdes av för arbetsplatsen.");
        jdbc.update("update incident set version = version + 1 where id = ?", id);
        test($(Button.class).id("save-incident-status")).click();
        assertRefusedInDialog(STALE);
        assertThat(status(id)).isEqualTo("INVESTIGATING");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHandlerSharesTheIncidentWithANamedOrganisation() {
        String title = report(null);
        long id = jdbc.queryForObject("select id from incident where title = ?", Long.class, title);
        signIn("eksjo.infosec");
        navigate("incidents/" + id, IncidentView.class);
        test($(Button.class).id("share-incident")).click();
        $(RadioButtonGroup.class).id("incident-visibility").setValue(Visibility.SHARED);
        MultiSelectComboBox<Organisation> named = $(MultiSelectComboBox.class).id("incident-named");
        named.setValue(Set.of(named.getListDataView()
                .getItems()
                .filter(o -> o.code().equals("vetlanda"))
                .findFirst()
                .orElseThrow()));
        test($(Button.class).id("save-incident-sharing")).click();
        assertThat(jdbc.queryForObject("select visibility from incident where id = ?", String.class, id))
                .isEqualTo("SHARED");
        assertThat(jdbc.queryForList(
                        "select o.code from incident_named_organisations n join organisation o"
                                + " on o.id = n.named_organisations_id where n.incident_id = ?",
                        String.class,
                        id))
                .containsExactly("vetlanda");

        test($(Button.class).id("share-incident")).click();
        $(RadioButtonGroup.class).id("incident-visibility").setValue(Visibility.PRIVATE);
        jdbc.update("update incident set version = version + 1 where id = ?", id);
        test($(Button.class).id("save-incident-sharing")).click();
        assertRefusedInDialog(STALE);
        assertThat(jdbc.queryForObject("select visibility from incident where id = ?", String.class, id))
                .isEqualTo("SHARED");
    }

    /** An Eksjö member reports an incident through the form (from a tool's page when {@code tool} is given). */
    @SuppressWarnings("unchecked")
    private String report(Long tool) {
        signIn("eksjo.member");
        openReportForm(tool);
        String title = "Incident " + System.nanoTime();
        test($(TextField.class).id("incident-title")).setValue(title);
        test($(TextArea.class).id("incident-description")).setValue("Ett kundärende klistrades in i en AI-tjänst.");
        $(ComboBox.class).id("incident-kind").setValue(IncidentKind.SUSPECTED_MISUSE);
        $(ComboBox.class).id("incident-severity").setValue(IncidentSeverity.HIGH);
        test($(Button.class).id("send-incident")).click();
        return title;
    }

    /** The form as a tool's page opens it ({@code incidents/new?tool=7}), or without a tool. */
    private void openReportForm(Long tool) {
        UI.getCurrent()
                .navigate(
                        IncidentReportView.class,
                        tool == null ? QueryParameters.empty() : QueryParameters.of("tool", String.valueOf(tool)));
        assertThat(getCurrentView()).isInstanceOf(IncidentReportView.class);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from incident where id = ?", String.class, id);
    }
}
