package se.hoglandet.platform.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import se.hoglandet.platform.incident.Incident;
import se.hoglandet.platform.incident.IncidentKind;
import se.hoglandet.platform.incident.IncidentReport;
import se.hoglandet.platform.incident.IncidentService;
import se.hoglandet.platform.incident.IncidentSeverity;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeFilter;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.PortalView;

/**
 * The incident form (the guidelines: report at once, also a suspicion). Opened from a tool or an initiative it is
 * linked to it already. It goes to the user's organisation's security officers, DPOs and IT managers.
 */
@Route("incidents/new")
@PermitAll
public class IncidentReportView extends Main implements BeforeEnterObserver, PortalView {

    private final ToolService tools;
    private final InitiativeService initiatives;
    private final ComboBox<AiTool> tool = new ComboBox<>();
    private final ComboBox<Initiative> initiative = new ComboBox<>();

    IncidentReportView(IncidentService incidents, ToolService tools, InitiativeService initiatives) {
        this.tools = tools;
        this.initiatives = initiatives;
        addClassName("page");
        H2 heading = new H2(getTranslation("incident.report.title"));
        Paragraph intro = new Paragraph(getTranslation("incident.report.intro"));
        TextField title = new TextField(getTranslation("incident.field.title"));
        title.setId("incident-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("incident.field.description"));
        description.setHelperText(getTranslation("incident.field.description.help"));
        description.setId("incident-description");
        description.setMaxLength(4000);
        description.setRequiredIndicatorVisible(true);
        ComboBox<IncidentKind> kind = new ComboBox<>(getTranslation("incident.field.kind"));
        kind.setItems(IncidentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("incident.kind." + k.name()));
        kind.setId("incident-kind");
        kind.setRequiredIndicatorVisible(true);
        ComboBox<IncidentSeverity> severity = new ComboBox<>(getTranslation("incident.field.severity"));
        severity.setItems(IncidentSeverity.values());
        severity.setItemLabelGenerator(s -> getTranslation("incident.severity." + s.name()));
        severity.setId("incident-severity");
        severity.setRequiredIndicatorVisible(true);
        DatePicker occurredOn = new DatePicker(getTranslation("incident.field.occurredOn"));
        occurredOn.setValue(LocalDate.now(SwedishTime.ZONE));
        occurredOn.setMax(LocalDate.now(SwedishTime.ZONE));
        occurredOn.setId("incident-occurred-on");
        Checkbox personalData = new Checkbox(getTranslation("incident.field.personalData"));
        personalData.setId("incident-personal-data");
        tool.setLabel(getTranslation("incident.field.tool"));
        tool.setItems(tools.catalogue());
        tool.setItemLabelGenerator(AiTool::name);
        tool.setClearButtonVisible(true);
        tool.setId("incident-tool");
        initiative.setLabel(getTranslation("incident.field.initiative"));
        initiative.setItemLabelGenerator(Initiative::title);
        initiative.setItems(query -> initiatives
                .register(
                        new InitiativeFilter(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                query.getFilter().orElse("")),
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        initiative.setClearButtonVisible(true);
        initiative.setId("incident-initiative");

        FormError error = new FormError();
        Button send = new Button(getTranslation("incident.report.send"), click -> {
            IncidentReport report = new IncidentReport(
                    title.getValue(),
                    description.getValue(),
                    kind.getValue(),
                    severity.getValue(),
                    occurredOn.getValue(),
                    personalData.getValue(),
                    tool.getValue() == null ? null : tool.getValue().id(),
                    initiative.getValue() == null ? null : initiative.getValue().id());
            Incident[] saved = new Incident[1];
            if (error.attempt(() -> saved[0] = incidents.report(report))) {
                getUI().ifPresent(ui -> ui.navigate("incidents/" + saved[0].id()));
            }
        });
        send.setId("send-incident");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form =
                new FormLayout(title, kind, severity, occurredOn, description, personalData, tool, initiative);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(personalData, 2);
        add(heading, intro, error, form, send);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters
                .getSingleParameter("tool")
                .flatMap(ToolIds::parse)
                .ifPresent(id -> tool.getListDataView()
                        .getItems()
                        .filter(t -> t.id().equals(id))
                        .findFirst()
                        .ifPresent(tool::setValue));
        parameters
                .getSingleParameter("initiative")
                .flatMap(ToolIds::parse)
                .filter(initiatives::canRead)
                .ifPresent(id -> initiative.setValue(initiatives.detail(id).initiative()));
    }

    /** Ids from the address; anything else is ignored. */
    private static final class ToolIds {
        static java.util.Optional<Long> parse(String value) {
            try {
                return java.util.Optional.of(Long.valueOf(value));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("incident.report.title");
    }
}
