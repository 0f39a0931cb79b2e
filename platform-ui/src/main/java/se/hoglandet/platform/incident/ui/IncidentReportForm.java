package se.hoglandet.platform.incident.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import se.hoglandet.platform.incident.IncidentKind;
import se.hoglandet.platform.incident.IncidentReport;
import se.hoglandet.platform.incident.IncidentSeverity;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.Converters;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.FormButtons;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * What happened, how bad, when, whether personal data may be involved, and which tool or initiative it concerns:
 * the core's {@link IncidentReport}, one field per component. Never calls a service: the tools and the initiative
 * search come from the page, and the page listens for the send event.
 */
class IncidentReportForm extends RecordForm<IncidentReport> {

    private final FormButtons<IncidentReport> buttons = new FormButtons<>(this, "send-incident");

    /**
     * @param tools           the tool register, to choose from by name
     * @param initiatives     the initiatives the reporter may read, searched by title as they type
     * @param findInitiative  one readable initiative by id (for a report opened from an initiative)
     */
    IncidentReportForm(
            List<AiTool> tools,
            CallbackDataProvider.FetchCallback<Initiative, String> initiatives,
            Function<Long, Optional<Initiative>> findInitiative) {
        super(IncidentReport.class);
        TextField title = new TextField(getTranslation("incident.field.title"));
        title.setId("incident-title");
        title.setMaxLength(200);
        TextArea description = new TextArea(getTranslation("incident.field.description"));
        description.setHelperText(getTranslation("incident.field.description.help"));
        description.setId("incident-description");
        description.setMaxLength(4000);
        ComboBox<IncidentKind> kind = new ComboBox<>(getTranslation("incident.field.kind"), IncidentKind.values());
        kind.setItemLabelGenerator(k -> EnumLabel.of(this, "incident.kind", k));
        kind.setId("incident-kind");
        ComboBox<IncidentSeverity> severity =
                new ComboBox<>(getTranslation("incident.field.severity"), IncidentSeverity.values());
        severity.setItemLabelGenerator(s -> EnumLabel.of(this, "incident.severity", s));
        severity.setId("incident-severity");
        DatePicker occurredOn = Fields.datePicker(getTranslation("incident.field.occurredOn"));
        occurredOn.setId("incident-occurred-on");
        Checkbox personalData = new Checkbox(getTranslation("incident.field.personalData"));
        personalData.setId("incident-personal-data");
        ComboBox<AiTool> tool = new ComboBox<>(getTranslation("incident.field.tool"), tools);
        tool.setItemLabelGenerator(AiTool::name);
        tool.setClearButtonVisible(true);
        tool.setId("incident-tool");
        ComboBox<Initiative> initiative = new ComboBox<>(getTranslation("incident.field.initiative"));
        initiative.setItems(initiatives);
        initiative.setItemLabelGenerator(Initiative::title);
        initiative.setClearButtonVisible(true);
        initiative.setId("incident-initiative");

        binder.forField(title)
                .asRequired(getTranslation("incident.error.title"))
                .bind("title");
        binder.forField(description)
                .asRequired(getTranslation("incident.error.description"))
                .bind("description");
        binder.forField(kind).asRequired(getTranslation("incident.error.kind")).bind("kind");
        binder.forField(severity)
                .asRequired(getTranslation("incident.error.kind"))
                .bind("severity");
        binder.forField(occurredOn)
                .asRequired(getTranslation("incident.error.occurredOn"))
                .bind("occurredOn");
        binder.forField(personalData).bind("personalData");
        binder.forField(tool)
                .withConverter(Converters.id(
                        AiTool::id,
                        id -> tools.stream().filter(t -> t.id().equals(id)).findFirst()))
                .bind("toolId");
        binder.forField(initiative)
                .withConverter(Converters.id(Initiative::id, findInitiative))
                .bind("initiativeId");

        buttons.withSaveText(getTranslation("incident.report.send"));
        FormLayout form = getContent();
        form.add(title, kind, severity, occurredOn, description, personalData, tool, initiative, buttons);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(personalData, 2);
        form.setColspan(buttons, 2);
    }

    Registration addSendListener(ComponentEventListener<FormButtons.SaveEvent<IncidentReport>> listener) {
        return buttons.addSaveListener(listener);
    }

    Registration addCancelListener(ComponentEventListener<FormButtons.CancelEvent> listener) {
        return buttons.addCancelListener(listener);
    }
}
