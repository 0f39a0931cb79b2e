package se.hoglandet.platform.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.incident.Incident;
import se.hoglandet.platform.incident.IncidentDetail;
import se.hoglandet.platform.incident.IncidentService;
import se.hoglandet.platform.incident.IncidentStatus;
import se.hoglandet.platform.initiative.ui.InitiativeView;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.tool.ui.ToolView;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.HistoryDialog;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * One incident: what happened, linked tool and initiative, the GDPR 72-hour deadline where personal data may be
 * involved, and for the organisation's handlers the next steps (investigate, close with a resolution, share).
 */
@Route("incidents/" + RouteIds.ID)
@PermitAll
public class IncidentView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final IncidentService incidents;
    private final OrganisationService organisations;
    private final AuditService audit;
    private Long id;
    private String title = "";

    IncidentView(IncidentService incidents, OrganisationService organisations, AuditService audit) {
        this.incidents = incidents;
        this.organisations = organisations;
        this.audit = audit;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, this::reload);
    }

    private void reload() {
        render(incidents.detail(id));
    }

    private void render(IncidentDetail detail) {
        removeAll();
        Incident i = detail.incident();
        title = i.title();
        H2 heading = new H2(i.title());
        heading.setId("incident-heading");
        FlexLayout badges = new FlexLayout(
                Badge.of(
                        EnumLabel.of(this, "incident.status", i.status()),
                        i.status() == IncidentStatus.CLOSED ? "badge success" : "badge contrast"),
                Badge.of(
                        EnumLabel.of(this, "incident.severity", i.severity()),
                        i.severity().ordinal() >= 2 ? "badge error" : "badge contrast"),
                Badge.of(EnumLabel.of(this, "visibility", i.visibility()), "badge contrast"));
        if (i.personalData()) {
            badges.add(Badge.of(getTranslation("incident.personalData"), "badge warning"));
        }
        badges.addClassName("badges");
        add(heading, badges, actions(detail), about(detail));
    }

    private Section about(IncidentDetail detail) {
        Incident i = detail.incident();
        DescriptionList facts = new DescriptionList();
        fact(facts, "incident.field.kind", EnumLabel.of(this, "incident.kind", i.kind()));
        fact(facts, "incident.field.description", i.description());
        fact(facts, "incident.field.occurredOn", Formats.date(i.occurredOn()));
        fact(
                facts,
                "incident.field.reported",
                getTranslation("incident.reportedBy", i.reporterName(), Formats.dateTime(i.createdAt())));
        fact(facts, "incident.field.organisation", i.ownerOrganisation().name());
        if (i.breachNotificationDeadline() != null && i.status() != IncidentStatus.CLOSED) {
            fact(
                    facts,
                    "incident.field.deadline",
                    getTranslation("incident.deadline", Formats.dateTime(i.breachNotificationDeadline())));
        }
        fact(facts, "incident.field.resolution", i.resolution());
        fact(
                facts,
                "assessment.field.named",
                i.namedOrganisations().stream().map(Organisation::name).sorted().collect(Collectors.joining(", ")));
        Section about = section("incident.section.facts", facts);
        if (detail.toolName() != null) {
            about.add(new Paragraph(new RouterLink(
                    getTranslation("incident.toolLink", detail.toolName()), ToolView.class, idOf(i.toolId()))));
        }
        if (detail.initiativeTitle() != null) {
            about.add(new Paragraph(new RouterLink(
                    getTranslation("incident.initiativeLink", detail.initiativeTitle()),
                    InitiativeView.class,
                    idOf(i.initiativeId()))));
        }
        return about;
    }

    private FlexLayout actions(IncidentDetail detail) {
        Incident i = detail.incident();
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        for (IncidentStatus next : detail.nextStatuses()) {
            Button move = new Button(getTranslation("incident.action." + next.name()), click -> statusDialog(i, next));
            move.setId("incident-to-" + next.name());
            if (next == IncidentStatus.CLOSED) {
                move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(move);
        }
        if (detail.mayHandle()) {
            Button share = new Button(getTranslation("incident.action.share"), click -> shareDialog(i));
            share.setId("share-incident");
            actions.add(share);
        }
        Button history = new Button(
                getTranslation("organisations.history"),
                click -> new HistoryDialog(audit, "incident", i.id(), i.title()).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(history);
        return actions;
    }

    RecordDialog<IncidentStatusForm.Draft, Incident> statusDialog(Incident i, IncidentStatus target) {
        IncidentStatusForm form = new IncidentStatusForm(target);
        form.edit(new IncidentStatusForm.Draft(null));
        RecordDialog<IncidentStatusForm.Draft, Incident> dialog = new RecordDialog<>(
                        getTranslation("incident.action." + target.name()),
                        form,
                        draft -> incidents.changeStatus(i.id(), i.version(), target, draft.note()),
                        "incident.status.saved",
                        changed -> reload())
                .withSaveId("save-incident-status");
        dialog.open();
        return dialog;
    }

    RecordDialog<IncidentSharingForm.Draft, Incident> shareDialog(Incident i) {
        IncidentSharingForm form = new IncidentSharingForm(organisations.pickable());
        form.edit(new IncidentSharingForm.Draft(
                i.visibility(),
                i.namedOrganisations().stream().map(Organisation::id).collect(Collectors.toSet())));
        RecordDialog<IncidentSharingForm.Draft, Incident> dialog = new RecordDialog<>(
                        getTranslation("incident.action.share"),
                        form,
                        draft -> incidents.share(i.id(), i.version(), draft.visibility(), draft.namedOrganisationIds()),
                        "incident.shared",
                        shared -> reload())
                .withSaveId("save-incident-sharing");
        dialog.open();
        return dialog;
    }

    private static RouteParameters idOf(Long recordId) {
        return new RouteParameters("id", String.valueOf(recordId));
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
