package se.hoglandet.platform.tool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.tool.ApprovalState;
import se.hoglandet.platform.tool.ToolDetail;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.ui.Badge;
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
        renderOrNotFound(event, this::reload);
    }

    private void reload() {
        render(tools.detail(id));
    }

    private void render(ToolDetail detail) {
        removeAll();
        AiTool tool = detail.tool();
        title = tool.name();
        H2 heading = new H2(tool.name());
        heading.setId("tool-heading");
        ApprovalState own =
                detail.own() == null ? ApprovalState.NOT_DECIDED : detail.own().state();
        FlexLayout badges = new FlexLayout(
                ToolBadges.hosting(this, tool.hosting()),
                ToolBadges.state(getTranslation("tool.ownState", getTranslation("tool.state." + own.name())), own));
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
        add(section("tool.section.decisions", new ToolDecisions(detail)));
        add(section("tool.section.usedBy", new ToolUsage(initiatives, tool)));
    }

    private FlexLayout actions(ToolDetail detail) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        if (detail.mayDecide()) {
            Button decide = new Button(
                    getTranslation("tool.action.decide"),
                    click -> ToolDialogs.decision(this, tools, assessments, detail, this::reload));
            decide.setId("decide-tool");
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(decide);
        }
        if (detail.mayEdit()) {
            Button edit = new Button(
                    getTranslation("tool.action.edit"),
                    click -> ToolDialogs.facts(this, tools, detail.tool(), saved -> reload()));
            edit.setId("edit-tool");
            actions.add(edit);
        }
        // Incidents build on the tool register, not the other way round: their form is reached by its address.
        Anchor report =
                new Anchor("incidents/new?tool=" + detail.tool().id(), getTranslation("incident.action.report"));
        report.setId("report-incident");
        Button history = new Button(
                getTranslation("organisations.history"), click -> new HistoryDialog(audit, "tool", id, title).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(report, history);
        return actions;
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
