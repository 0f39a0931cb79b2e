package se.hoglandet.platform.tool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.initiative.ui.InitiativeView;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.tool.ToolHosting;
import se.hoglandet.platform.ui.SignedInViewTest;

/**
 * The tool register's dialogs, browserless against MariaDB: registering and correcting a tool, an organisation's
 * decision on it, and choosing an initiative's tools. Valid changes are saved (read back with JDBC), invalid ones
 * refused in Swedish with nothing saved, stale ones refused as stale.
 */
class ToolDialogsTest extends SignedInViewTest {

    @Autowired
    AssessmentService assessments;

    @Test
    @SuppressWarnings("unchecked")
    void aToolIsRegisteredAndItsFactsCorrected() {
        signIn("eksjo.infosec");
        navigate(ToolsView.class);
        String name = "Tolktjänst " + System.nanoTime();
        test($(Button.class).id("create-tool")).click();
        test($(TextField.class).id("tool-vendor")).setValue("Tolk AB");
        $(RadioButtonGroup.class).id("tool-hosting").setValue(ToolHosting.SWEDEN);
        test($(Button.class).id("save-tool")).click();
        assertThat($(TextField.class).id("tool-name").getErrorMessage()).isEqualTo("Ange verktygets namn.");
        assertThat(tools(name)).isZero();

        test($(TextField.class).id("tool-name")).setValue("Microsoft 365 Copilot");
        test($(Button.class).id("save-tool")).click();
        assertRefusedInDialog("Registret har redan ett verktyg med det namnet.");

        test($(TextField.class).id("tool-name")).setValue(name);
        test($(Button.class).id("save-tool")).click();
        assertThat(tools(name)).isOne();
        assertThat(getCurrentView()).isInstanceOf(ToolView.class);
        assertThat($(H2.class).id("tool-heading").getText()).isEqualTo(name);

        long id = jdbc.queryForObject("select id from ai_tool where name = ?", Long.class, name);
        test($(Button.class).id("edit-tool")).click();
        test($(TextField.class).id("tool-vendor")).setValue("Tolk och Text AB");
        test($(Button.class).id("save-tool")).click();
        assertThat(jdbc.queryForObject("select vendor from ai_tool where id = ?", String.class, id))
                .isEqualTo("Tolk och Text AB");

        test($(Button.class).id("edit-tool")).click();
        test($(TextField.class).id("tool-vendor")).setValue("Någon annan AB");
        jdbc.update("update ai_tool set version = version + 1 where id = ?", id);
        test($(Button.class).id("save-tool")).click();
        assertRefusedInDialog(STALE);
        assertThat(jdbc.queryForObject("select vendor from ai_tool where id = ?", String.class, id))
                .isEqualTo("Tolk och Text AB");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOrganisationDecidesOnATool() {
        signIn("eksjo.infosec");
        long tool = newTool();
        navigate("tools/" + tool, ToolView.class);
        test($(Button.class).id("decide-tool")).click();
        test($(Button.class).id("save-tool-decision")).click();
        assertRefusedInDialog("Välj vilka slags uppgifter godkännandet omfattar.");
        assertThat(approvals(tool)).isZero();

        $(CheckboxGroup.class).id("tool-data-classes").setValue(Set.of(DataClass.PUBLIC));
        Assessment analysis = assessments
                .findReadable(jdbc.queryForObject(
                        "select id from assessment where title = 'Microsoft 365 Copilot – risk- och konsekvensanalys'",
                        Long.class))
                .orElseThrow();
        $(ComboBox.class).id("tool-assessment").setValue(analysis);
        test($(Button.class).id("save-tool-decision")).click();
        assertThat(jdbc.queryForMap(
                        "select a.approved, a.assessment_id, d.data_class from ai_tool_approval a"
                                + " join ai_tool_approval_data_class d on d.approval_id = a.id where a.tool_id = ?",
                        tool))
                .containsEntry("approved", true)
                .containsEntry("assessment_id", analysis.id())
                .containsEntry("data_class", "PUBLIC");

        test($(Button.class).id("decide-tool")).click();
        $(RadioButtonGroup.class).id("tool-approved").setValue(false);
        test($(TextArea.class).id("tool-note")).setValue("Vi väntar på en ny analys.");
        jdbc.update("update ai_tool_approval set version = version + 1 where tool_id = ?", tool);
        test($(Button.class).id("save-tool-decision")).click();
        assertRefusedInDialog(STALE);
        assertThat(jdbc.queryForObject("select approved from ai_tool_approval where tool_id = ?", Boolean.class, tool))
                .isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInitiativesToolsAreChosenInADialog() {
        signIn("eksjo.infosec");
        long tool = newTool();
        String toolName = jdbc.queryForObject("select name from ai_tool where id = ?", String.class, tool);
        signIn("eksjo.project-lead");
        long initiative = demoInitiativeOf("eksjo");
        navigate("initiatives/" + initiative, InitiativeView.class);
        test($(Button.class).id("choose-tools")).click();
        MultiSelectComboBox<AiTool> choice = $(MultiSelectComboBox.class).id("tool-choice");
        AiTool chosen = choice.getListDataView()
                .getItems()
                .filter(t -> t.id() == tool)
                .findFirst()
                .orElseThrow();
        choice.select(chosen);
        test($(Button.class).id("save-tools")).click();
        assertThat(jdbc.queryForList(
                        "select tool_id from initiative_tool where initiative_id = ?", Long.class, initiative))
                .contains(tool);
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("initiative-tools")
                        .getElement()
                        .getTextRecursively())
                .contains(toolName);

        test($(Button.class).id("choose-tools")).click();
        $(MultiSelectComboBox.class).id("tool-choice").deselect(chosen);
        jdbc.update("update initiative set version = version + 1 where id = ?", initiative);
        test($(Button.class).id("save-tools")).click();
        assertRefusedInDialog(STALE);
        assertThat(jdbc.queryForList(
                        "select tool_id from initiative_tool where initiative_id = ?", Long.class, initiative))
                .contains(tool);
    }

    private long newTool() {
        navigate(ToolsView.class);
        String name = "Verktyg " + System.nanoTime();
        test($(Button.class).id("create-tool")).click();
        test($(TextField.class).id("tool-name")).setValue(name);
        test($(TextField.class).id("tool-vendor")).setValue("Leverantör AB");
        $(RadioButtonGroup.class).id("tool-hosting").setValue(ToolHosting.EU_EEA);
        test($(Button.class).id("save-tool")).click();
        return jdbc.queryForObject("select id from ai_tool where name = ?", Long.class, name);
    }

    private long tools(String name) {
        return jdbc.queryForObject("select count(*) from ai_tool where name = ?", Long.class, name);
    }

    private long approvals(long tool) {
        return jdbc.queryForObject("select count(*) from ai_tool_approval where tool_id = ?", Long.class, tool);
    }
}
