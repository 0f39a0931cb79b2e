package se.hoglandet.platform.tool.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.tool.ApprovalDraft;
import se.hoglandet.platform.tool.ApprovalState;
import se.hoglandet.platform.tool.ToolDetail;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.HistoryDialog;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;

/**
 * One tool: the shared facts, every organisation's decision (approved for which data, under which assessment, until
 * when), the reader's own organisation's decision to take, and where the tool is used.
 */
@Route("tools/" + RouteIds.ID)
@PermitAll
public class ToolView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final ToolService tools;
    private final InitiativeService initiatives;
    private final AssessmentService assessments;
    private final AuditService audit;
    private Long id;
    private String title = "";

    ToolView(ToolService tools, InitiativeService initiatives, AssessmentService assessments, AuditService audit) {
        this.tools = tools;
        this.initiatives = initiatives;
        this.assessments = assessments;
        this.audit = audit;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, () -> {
            render(tools.detail(id));
        });
    }

    private void render(ToolDetail detail) {
        removeAll();
        AiTool tool = detail.tool();
        title = tool.name();
        H2 heading = new H2(tool.name());
        heading.setId("tool-heading");
        FlexLayout badges = new FlexLayout(Badge.of(
                getTranslation("tool.hosting." + tool.hosting().name()),
                tool.hosting().name().equals("THIRD_COUNTRY") ? "badge warning" : "badge contrast"));
        ApprovalState own =
                detail.own() == null ? ApprovalState.NOT_DECIDED : detail.own().state();
        badges.add(stateBadge(getTranslation("tool.ownState", getTranslation("tool.state." + own.name())), own));
        if (tool.isDemo()) {
            badges.add(Badge.of(getTranslation("initiative.demo"), "badge warning"));
        }
        badges.addClassName("badges");
        add(heading, badges, actions(detail));

        DescriptionList facts = new DescriptionList();
        fact(facts, "tool.field.vendor", tool.vendor());
        fact(facts, "tool.field.description", tool.description());
        fact(
                facts,
                "tool.field.hosting",
                getTranslation("tool.hosting." + tool.hosting().name()));
        fact(facts, "tool.field.transfer", tool.transferDetails());
        add(section("tool.section.facts", facts));
        add(section("tool.section.decisions", decisions(detail)));
        add(section("tool.section.usedBy", usedBy(tool)));
    }

    private FlexLayout actions(ToolDetail detail) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        if (detail.mayDecide()) {
            Button decide = new Button(getTranslation("tool.action.decide"), click -> decideDialog(detail));
            decide.setId("decide-tool");
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(decide);
        }
        if (detail.mayEdit()) {
            Button edit = new Button(
                    getTranslation("tool.action.edit"),
                    click -> new ToolDialog(tools, detail.tool(), saved -> saved()).open());
            edit.setId("edit-tool");
            actions.add(edit);
        }
        Anchor report =
                new Anchor("incidents/new?tool=" + detail.tool().id(), getTranslation("incident.action.report"));
        report.setId("report-incident");
        actions.add(report);
        Button history = new Button(
                getTranslation("organisations.history"),
                click -> new HistoryDialog(
                                audit, "tool", detail.tool().id(), detail.tool().name())
                        .open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(history);
        return actions;
    }

    private Component decisions(ToolDetail detail) {
        if (detail.decisions().isEmpty()) {
            return new Paragraph(getTranslation("tool.decisions.none"));
        }
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Grid<ToolDetail.Decision> grid = new Grid<>();
        grid.setItems(detail.decisions());
        grid.addColumn(ToolDetail.Decision::organisationName)
                .setHeader(getTranslation("tool.decision.organisation"))
                .setAutoWidth(true);
        grid.addComponentColumn(
                        d -> stateBadge(getTranslation("tool.state." + d.state().name()), d.state()))
                .setHeader(getTranslation("tool.decision.state"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.dataClasses().stream()
                        .sorted()
                        .map(c -> getTranslation("initiative.dataClass." + c.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("tool.decision.dataClasses"))
                .setFlexGrow(2);
        grid.addComponentColumn(d -> d.assessmentId() == null
                        ? new Span()
                        : d.assessmentTitle() == null
                                ? new Span(getTranslation("tool.decision.assessmentHidden"))
                                : new Anchor("assessments/" + d.assessmentId(), d.assessmentTitle()))
                .setHeader(getTranslation("tool.decision.assessment"))
                .setFlexGrow(2);
        grid.addColumn(d -> d.validUntil() == null ? "" : date.format(d.validUntil()))
                .setHeader(getTranslation("tool.decision.validUntil"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.note() == null ? "" : d.note())
                .setHeader(getTranslation("tool.decision.note"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("tool.section.decisions"));
        grid.setId("tool-decisions");
        return grid;
    }

    /** Where the tool is used, among the initiatives the reader may read; lazily paged. */
    private Component usedBy(AiTool tool) {
        Grid<Initiative> grid = new Grid<>();
        grid.addComponentColumn(i -> new Anchor("initiatives/" + i.id(), i.title()))
                .setHeader(getTranslation("initiatives.column.title"))
                .setFlexGrow(3);
        grid.addColumn(i -> i.ownerOrganisation().name())
                .setHeader(getTranslation("initiatives.column.owner"))
                .setAutoWidth(true);
        grid.addColumn(i -> getTranslation("initiative.status." + i.status().name()))
                .setHeader(getTranslation("initiatives.column.status"))
                .setAutoWidth(true);
        grid.setItems(query ->
                initiatives
                        .usingTool(tool.id(), PageRequest.of(query.getPage(), query.getPageSize(), Sort.unsorted()))
                        .stream());
        grid.setAriaLabel(getTranslation("tool.section.usedBy"));
        grid.setEmptyStateText(getTranslation("tool.usedBy.none"));
        grid.setId("tool-used-by");
        grid.setHeight("16em");
        return grid;
    }

    private void decideDialog(ToolDetail detail) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tool.action.decide"));
        ToolDetail.Decision own = detail.own();
        RadioButtonGroup<Boolean> approved = new RadioButtonGroup<>(getTranslation("tool.decide.approved"));
        approved.setItems(true, false);
        approved.setItemLabelGenerator(yes -> getTranslation(yes ? "tool.decide.yes" : "tool.decide.no"));
        approved.setValue(own == null || own.state() != ApprovalState.NOT_APPROVED);
        approved.setId("tool-approved");
        CheckboxGroup<DataClass> classes = new CheckboxGroup<>(getTranslation("tool.decision.dataClasses"));
        classes.setItems(DataClass.values());
        classes.setItemLabelGenerator(c -> getTranslation("initiative.dataClass." + c.name()));
        classes.setId("tool-data-classes");
        ComboBox<Assessment> assessment = new ComboBox<>(getTranslation("tool.decision.assessment"));
        assessment.setHelperText(getTranslation("tool.decide.assessmentHelp"));
        assessment.setItemLabelGenerator(a -> a.title() + " (v" + a.versionNumber() + ")");
        assessment.setItems(query -> assessments
                .approvedOfMyOrganisation(
                        query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        assessment.setId("tool-assessment");
        assessment.setWidthFull();
        DatePicker validUntil = new DatePicker(getTranslation("tool.decision.validUntil"));
        validUntil.setId("tool-valid-until");
        validUntil.setValue(LocalDate.now(SwedishTime.ZONE).plusYears(1));
        TextArea note = new TextArea(getTranslation("tool.decision.note"));
        note.setHelperText(getTranslation("tool.decide.noteHelp"));
        note.setId("tool-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        if (own != null) {
            classes.setValue(own.dataClasses());
            if (own.validUntil() != null) {
                validUntil.setValue(own.validUntil());
            }
            note.setValue(own.note() == null ? "" : own.note());
            if (own.assessmentId() != null) {
                assessments.findReadable(own.assessmentId()).ifPresent(assessment::setValue);
            }
        }
        Runnable approvalFields = () -> {
            boolean yes = Boolean.TRUE.equals(approved.getValue());
            classes.setVisible(yes);
            assessment.setVisible(yes);
            validUntil.setVisible(yes);
        };
        approved.addValueChangeListener(change -> approvalFields.run());
        approvalFields.run();
        FormError error = new FormError();
        Button save = new Button(getTranslation("action.save"), click -> {
            ApprovalDraft draft = new ApprovalDraft(
                    Boolean.TRUE.equals(approved.getValue()),
                    classes.getValue(),
                    assessment.getValue() == null ? null : assessment.getValue().id(),
                    validUntil.getValue(),
                    note.getValue());
            if (error.attempt(
                    () -> tools.decide(detail.tool().id(), own == null ? null : own.approvalVersion(), draft))) {
                dialog.close();
                saved();
            }
        });
        save.setId("save-tool-decision");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(error, approved, classes, assessment, validUntil, note));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.setWidth("min(44em, 95vw)");
        dialog.open();
    }

    static com.vaadin.flow.component.html.Span stateBadge(String text, ApprovalState state) {
        return Badge.of(
                text,
                switch (state) {
                    case APPROVED -> "badge success";
                    case EXPIRED -> "badge warning";
                    case NOT_APPROVED -> "badge error";
                    case NOT_DECIDED -> "badge contrast";
                });
    }

    private void saved() {
        confirmSaved();
        render(tools.detail(id));
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
