package se.hoglandet.platform.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.incident.Incident;
import se.hoglandet.platform.incident.IncidentDetail;
import se.hoglandet.platform.incident.IncidentService;
import se.hoglandet.platform.incident.IncidentStatus;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.HistoryDialog;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.visibility.Visibility;

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
        renderOrNotFound(event, () -> {
            render(incidents.detail(id));
        });
    }

    private void render(IncidentDetail detail) {
        removeAll();
        Incident i = detail.incident();
        title = i.title();
        H2 heading = new H2(i.title());
        heading.setId("incident-heading");
        FlexLayout badges = new FlexLayout(
                Badge.of(
                        getTranslation("incident.status." + i.status().name()),
                        i.status() == IncidentStatus.CLOSED ? "badge success" : "badge contrast"),
                Badge.of(
                        getTranslation("incident.severity." + i.severity().name()),
                        i.severity().ordinal() >= 2 ? "badge error" : "badge contrast"),
                Badge.of(getTranslation("visibility." + i.visibility().name()), "badge contrast"));
        if (i.personalData()) {
            badges.add(Badge.of(getTranslation("incident.personalData"), "badge warning"));
        }
        badges.addClassName("badges");
        add(heading, badges, actions(detail));

        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        DescriptionList facts = new DescriptionList();
        fact(
                facts,
                "incident.field.kind",
                getTranslation("incident.kind." + i.kind().name()));
        fact(facts, "incident.field.description", i.description());
        fact(facts, "incident.field.occurredOn", date.format(i.occurredOn()));
        fact(
                facts,
                "incident.field.reported",
                getTranslation(
                        "incident.reportedBy",
                        i.reporterName(),
                        dateTime.format(i.createdAt().atZone(SwedishTime.ZONE))));
        fact(facts, "incident.field.organisation", i.ownerOrganisation().name());
        if (i.breachNotificationDeadline() != null && i.status() != IncidentStatus.CLOSED) {
            fact(
                    facts,
                    "incident.field.deadline",
                    getTranslation(
                            "incident.deadline",
                            dateTime.format(i.breachNotificationDeadline().atZone(SwedishTime.ZONE))));
        }
        fact(facts, "incident.field.resolution", i.resolution());
        Section about = section("incident.section.facts", facts);
        if (detail.toolName() != null) {
            about.add(new Paragraph(
                    new Anchor("tools/" + i.toolId(), getTranslation("incident.toolLink", detail.toolName()))));
        }
        if (detail.initiativeTitle() != null) {
            about.add(new Paragraph(new Anchor(
                    "initiatives/" + i.initiativeId(),
                    getTranslation("incident.initiativeLink", detail.initiativeTitle()))));
        }
        add(about);
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

    private void statusDialog(Incident i, IncidentStatus target) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("incident.action." + target.name()));
        TextArea note = new TextArea(
                getTranslation(target == IncidentStatus.CLOSED ? "incident.field.resolution" : "incident.field.note"));
        note.setId("incident-note");
        note.setMaxLength(4000);
        note.setWidthFull();
        note.setRequiredIndicatorVisible(target == IncidentStatus.CLOSED);
        FormError error = new FormError();
        Button save = new Button(
                getTranslation("action.save"),
                click -> attempt(
                        dialog, error, () -> incidents.changeStatus(i.id(), i.version(), target, note.getValue())));
        save.setId("save-incident-status");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(error, note));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.setWidth("min(40em, 95vw)");
        dialog.open();
    }

    private void shareDialog(Incident i) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("incident.action.share"));
        RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>(getTranslation("incident.field.visibility"));
        visibility.setItems(Visibility.PRIVATE, Visibility.SHARED, Visibility.FEDERATION);
        visibility.setItemLabelGenerator(v -> getTranslation("visibility." + v.name()) + " – "
                + getTranslation(
                        v == Visibility.PRIVATE ? "incident.visibility.private" : "visibility." + v.name() + ".help"));
        visibility.setValue(i.visibility());
        visibility.setId("incident-visibility");
        List<Organisation> all = organisations.pickable();
        MultiSelectComboBox<Organisation> named = new MultiSelectComboBox<>(getTranslation("assessment.field.named"));
        named.setItems(all);
        named.setItemLabelGenerator(Organisation::name);
        var namedIds = i.namedOrganisations().stream().map(Organisation::id).collect(Collectors.toSet());
        named.setValue(all.stream().filter(o -> namedIds.contains(o.id())).collect(Collectors.toSet()));
        FormError error = new FormError();
        Button save = new Button(
                getTranslation("action.save"),
                click -> attempt(
                        dialog,
                        error,
                        () -> incidents.share(
                                i.id(),
                                i.version(),
                                visibility.getValue(),
                                named.getValue().stream().map(Organisation::id).toList())));
        save.setId("save-incident-sharing");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(error, visibility, named));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void attempt(Dialog dialog, FormError error, Runnable change) {
        if (error.attempt(change)) {
            dialog.close();
            confirmSaved();
            render(incidents.detail(id));
        }
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
