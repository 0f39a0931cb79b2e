package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.hoglandet.platform.attachment.AttachmentService;
import se.hoglandet.platform.attachment.ui.AttachmentsPanel;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.procurement.ClauseLibrary;
import se.hoglandet.platform.procurement.Participant;
import se.hoglandet.platform.procurement.ParticipantStatus;
import se.hoglandet.platform.procurement.PhaseStep;
import se.hoglandet.platform.procurement.Procurement;
import se.hoglandet.platform.procurement.ProcurementDetail;
import se.hoglandet.platform.procurement.ProcurementLink;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.procurement.Requirement;
import se.hoglandet.platform.procurement.RequirementComment;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.HistoryDialog;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.ui.form.NumberInput;

/**
 * One joint procurement: what is bought and how, the timeline (planned and actual date per phase, documents per
 * phase), the participating organisations each with their own status, the shared requirements with support and
 * comments (and the AI clause library), links to initiatives, tools and assessments, and the history.
 */
@Route("procurements/" + RouteIds.ID)
@PermitAll
public class ProcurementView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final ProcurementService procurements;
    private final OrganisationService organisations;
    private final AttachmentService attachments;
    private final AuditService audit;
    private Long id;
    private String title = "";

    ProcurementView(
            ProcurementService procurements,
            OrganisationService organisations,
            AttachmentService attachments,
            AuditService audit) {
        this.procurements = procurements;
        this.organisations = organisations;
        this.attachments = attachments;
        this.audit = audit;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, () -> {
            render(procurements.detail(id));
        });
    }

    private void render(ProcurementDetail detail) {
        removeAll();
        Procurement p = detail.procurement();
        title = p.title();
        H2 heading = new H2(p.title());
        heading.setId("procurement-heading");
        FlexLayout badges = new FlexLayout(
                Badge.of(getTranslation("procurement.phase." + p.phase().name()), "badge"),
                Badge.of(getTranslation("procurement.category." + p.category().name()), "badge contrast"),
                Badge.of(
                        getTranslation(
                                "initiative.level.short",
                                p.collaborationLevel().number(),
                                getTranslation("initiative.level."
                                        + p.collaborationLevel().number())),
                        "badge contrast"),
                Badge.of(getTranslation("visibility." + p.visibility().name()), "badge contrast"));
        if (p.isDemo()) {
            badges.add(Badge.of(getTranslation("initiative.demo"), "badge warning"));
        }
        badges.addClassName("badges");
        add(heading, badges, actions(detail));
        if (p.description() != null) {
            add(new Paragraph(p.description()));
        }
        DescriptionList facts = new DescriptionList();
        fact(facts, "procurement.field.lead", p.ownerOrganisation().name());
        fact(
                facts,
                "procurement.field.procedure",
                getTranslation("procurement.procedure." + p.procedure().name()));
        fact(
                facts,
                "procurement.field.frameworkMethod",
                p.frameworkMethod() == null
                        ? null
                        : getTranslation("procurement.frameworkMethod."
                                + p.frameworkMethod().name()));
        fact(
                facts,
                "procurement.field.contact",
                p.contactName() == null
                        ? null
                        : p.contactName() + (p.contactEmail() == null ? "" : ", " + p.contactEmail()));
        add(section("procurement.section.facts", facts));
        add(section("procurement.timeline", timeline(detail)));
        add(section("procurement.section.participants", participants(detail)));
        add(section("procurement.section.requirements", requirements(detail)));
        if (!detail.linkTitles().isEmpty()) {
            add(section("procurement.section.links", links(detail)));
        }
    }

    private FlexLayout actions(ProcurementDetail detail) {
        Procurement p = detail.procurement();
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        if (detail.mayLead() && p.phase().next() != null) {
            actions.add(button(
                    "advance-phase",
                    getTranslation(
                            "procurement.action.advance",
                            getTranslation(
                                    "procurement.phase." + p.phase().next().name())),
                    true,
                    () -> run(() -> procurements.advance(p.id(), p.version()))));
        }
        if (detail.mayLead()) {
            actions.add(button(
                    "edit-procurement", getTranslation("procurement.action.edit"), false, () -> editDialog(detail)));
            actions.add(button(
                    "plan-procurement", getTranslation("procurement.action.plan"), false, () -> planDialog(detail)));
        }
        if (detail.mayLead() && p.phase().isOpenForParticipants()) {
            actions.add(button(
                    "invite-organisation",
                    getTranslation("procurement.action.invite"),
                    false,
                    () -> inviteDialog(detail)));
        }
        if (detail.mayJoin()) {
            actions.add(button(
                    "join-procurement",
                    getTranslation("procurement.action.join"),
                    true,
                    () -> run(() -> procurements.join(p.id()))));
        }
        Button history = new Button(
                getTranslation("organisations.history"),
                click -> new HistoryDialog(audit, "procurement", p.id(), p.title()).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(history);
        return actions;
    }

    /** The phases in order with planned and actual dates; the current one marked; documents per phase. */
    private Div timeline(ProcurementDetail detail) {
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Div box = new Div();
        box.setId("procurement-timeline");
        Grid<PhaseStep> grid = new Grid<>();
        grid.addColumn(s -> getTranslation("procurement.phase." + s.phase().name())
                        + (s.phase() == detail.procurement().phase()
                                ? " " + getTranslation("procurement.currentPhase")
                                : ""))
                .setHeader(getTranslation("procurement.field.phase"))
                .setFlexGrow(2);
        grid.addColumn(s -> s.plannedOn() == null ? "" : date.format(s.plannedOn()))
                .setHeader(getTranslation("procurement.planned"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.actualOn() == null ? "" : date.format(s.actualOn()))
                .setHeader(getTranslation("procurement.actual"))
                .setAutoWidth(true);
        grid.setItems(detail.phases());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("procurement.timeline"));
        box.add(grid);
        for (PhaseStep step : detail.phases()) {
            if (step.phase().ordinal() <= detail.procurement().phase().ordinal()) {
                Details documents = new Details(
                        getTranslation(
                                "procurement.documents",
                                getTranslation(
                                        "procurement.phase." + step.phase().name())),
                        new AttachmentsPanel(attachments, "procurement-phase", step.id()));
                box.add(documents);
            }
        }
        return box;
    }

    private Div participants(ProcurementDetail detail) {
        Div box = new Div();
        Grid<Participant> grid = new Grid<>();
        grid.addColumn(x -> x.organisation().name())
                .setHeader(getTranslation("course.field.organiser"))
                .setAutoWidth(true);
        grid.addColumn(x -> getTranslation("participant.status." + x.status().name()))
                .setHeader(getTranslation("procurement.field.participantStatus"))
                .setAutoWidth(true);
        grid.addColumn(x -> x.volume() == null ? "" : x.volume()).setHeader(getTranslation("participant.volume"));
        grid.addColumn(x -> x.estimatedValue() == null ? "" : x.estimatedValue().toPlainString())
                .setHeader(getTranslation("participant.value"));
        grid.addColumn(x -> x.contactName() == null ? "" : x.contactName())
                .setHeader(getTranslation("procurement.field.contact"));
        grid.addComponentColumn(x -> {
                    if (!detail.changeableParticipantIds().contains(x.id())) {
                        return new Span();
                    }
                    Button change =
                            new Button(getTranslation("participant.action.change"), click -> participantDialog(x));
                    change.setAriaLabel(getTranslation(
                            "participant.action.changeNamed", x.organisation().name()));
                    change.setId("change-participant-" + x.organisation().code());
                    change.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return change;
                })
                .setHeader(getTranslation("academy.column.actions"))
                .setAutoWidth(true);
        grid.setItems(detail.participants());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("procurement.section.participants"));
        grid.setEmptyStateText(getTranslation("procurement.noParticipants"));
        grid.setId("participants");
        box.add(
                new Paragraph(getTranslation(
                        "procurement.leadIs",
                        detail.procurement().ownerOrganisation().name())),
                grid);
        return box;
    }

    private Div requirements(ProcurementDetail detail) {
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Map<Long, String> names =
                organisations.pickable().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        Div box = new Div();
        box.setId("requirements");
        UnorderedList list = new UnorderedList();
        for (Requirement r : detail.requirements()) {
            ListItem item = new ListItem();
            item.add(new Paragraph(r.text()));
            String supporters = r.supportedBy().stream()
                    .map(o -> names.getOrDefault(o, ""))
                    .sorted()
                    .collect(Collectors.joining(", "));
            item.add(new Paragraph(getTranslation("requirement.supportedBy", supporters)));
            boolean mine = detail.supportedByMyOrganisation().contains(r.id());
            if (detail.mayWriteRequirements()) {
                Button support = new Button(
                        getTranslation(mine ? "requirement.unsupport" : "requirement.support"),
                        click -> run(() -> procurements.support(r.id(), !mine)));
                support.setAriaLabel(
                        getTranslation(mine ? "requirement.unsupportNamed" : "requirement.supportNamed", r.id()));
                support.addThemeVariants(ButtonVariant.LUMO_SMALL);
                item.add(support);
            }
            List<RequirementComment> comments = detail.comments().getOrDefault(r.id(), List.of());
            if (!comments.isEmpty()) {
                UnorderedList thread = new UnorderedList();
                comments.forEach(c -> thread.add(new ListItem(getTranslation(
                                "assessment.comment.meta",
                                c.authorName(),
                                date.format(c.createdAt().atZone(SwedishTime.ZONE)))
                        + " " + c.body())));
                item.add(thread);
            }
            TextField comment = new TextField(getTranslation("requirement.comment"));
            comment.setId("comment-requirement-" + r.id());
            comment.setWidth("min(32em, 100%)");
            Button send = new Button(
                    getTranslation("assessment.comment.send"),
                    click -> run(() -> procurements.comment(r.id(), comment.getValue())));
            send.setAriaLabel(getTranslation("requirement.commentNamed", r.id()));
            FlexLayout row = new FlexLayout(comment, send);
            row.setAlignItems(FlexLayout.Alignment.BASELINE);
            row.getStyle().set("gap", "var(--lumo-space-s)");
            item.add(row);
            list.add(item);
        }
        if (detail.requirements().isEmpty()) {
            box.add(new Paragraph(getTranslation("requirement.none")));
        }
        box.add(list);
        if (detail.mayWriteRequirements()) {
            TextArea text = new TextArea(getTranslation("requirement.new"));
            text.setId("new-requirement");
            text.setMaxLength(2000);
            text.setWidthFull();
            FormError error = new FormError();
            Button add = new Button(getTranslation("requirement.add"), click -> {
                if (error.attempt(
                        () -> procurements.addRequirement(detail.procurement().id(), text.getValue()))) {
                    saved();
                }
            });
            add.setId("add-requirement");
            ComboBox<ClauseLibrary.Clause> clause = new ComboBox<>(getTranslation("requirement.clause"));
            clause.setItems(procurements.clauseLibrary());
            clause.setItemLabelGenerator(ClauseLibrary.Clause::title);
            clause.setHelperText(getTranslation("requirement.clause.help"));
            clause.setId("clause");
            clause.setWidth("min(32em, 100%)");
            Button addClause = new Button(getTranslation("requirement.addClause"), click -> {
                if (clause.getValue() != null
                        && error.attempt(() -> procurements.addClause(
                                detail.procurement().id(), clause.getValue().key()))) {
                    saved();
                }
            });
            addClause.setId("add-clause");
            FlexLayout clauseRow = new FlexLayout(clause, addClause);
            clauseRow.setAlignItems(FlexLayout.Alignment.BASELINE);
            clauseRow.getStyle().set("gap", "var(--lumo-space-s)");
            box.add(new H3(getTranslation("requirement.propose")), error, text, add, clauseRow);
        }
        return box;
    }

    private UnorderedList links(ProcurementDetail detail) {
        UnorderedList list = new UnorderedList();
        detail.linkTitles().forEach((ProcurementLink link, String linkTitle) -> {
            String path = switch (link.kind()) {
                case INITIATIVE -> "initiatives/";
                case TOOL -> "tools/";
                case ASSESSMENT -> "assessments/";
            };
            list.add(new ListItem(
                    new Span(getTranslation("procurement.link." + link.kind().name()) + ": "),
                    new Anchor(path + link.targetId(), linkTitle)));
        });
        return list;
    }

    private void participantDialog(Participant participant) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(
                "participant.action.changeNamed", participant.organisation().name()));
        RadioButtonGroup<ParticipantStatus> status =
                new RadioButtonGroup<>(getTranslation("procurement.field.participantStatus"));
        status.setItems(ParticipantStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("participant.status." + s.name()));
        status.setValue(participant.status());
        status.setId("participant-status");
        TextField volume = new TextField(getTranslation("participant.volume"));
        volume.setValue(participant.volume() == null ? "" : participant.volume());
        NumberInput<BigDecimal> value = NumberInput.amount(getTranslation("participant.value"));
        value.setId("participant-value");
        value.setValue(participant.estimatedValue());
        TextField contact = new TextField(getTranslation("procurement.field.contact"));
        contact.setValue(participant.contactName() == null ? "" : participant.contactName());
        FormError error = new FormError();
        Button save = new Button(getTranslation("action.save"), click -> {
            boolean done = error.attempt(() -> {
                // Checked before anything is saved, so a bad value never leaves a changed status behind.
                BigDecimal estimated = value.parsed();
                Participant current = participant;
                if (status.getValue() != participant.status()) {
                    current = procurements.changeStatus(participant.id(), participant.version(), status.getValue());
                }
                procurements.describe(
                        current.id(), current.version(), volume.getValue(), estimated, contact.getValue());
            });
            if (done) {
                dialog.close();
                saved();
            }
        });
        save.setId("save-participant");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(error, status, volume, value, contact));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void editDialog(ProcurementDetail detail) {
        Procurement p = detail.procurement();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("procurement.action.edit"));
        TextField title = new TextField(getTranslation("procurement.field.title"));
        title.setValue(p.title());
        title.setId("edit-procurement-title");
        TextArea description = new TextArea(getTranslation("procurement.field.description"));
        description.setValue(p.description() == null ? "" : p.description());
        ComboBox<se.hoglandet.platform.procurement.ProcurementProcedure> procedure =
                new ComboBox<>(getTranslation("procurement.field.procedure"));
        procedure.setItems(se.hoglandet.platform.procurement.ProcurementProcedure.values());
        procedure.setItemLabelGenerator(x -> getTranslation("procurement.procedure." + x.name()));
        procedure.setValue(p.procedure());
        ComboBox<se.hoglandet.platform.procurement.FrameworkMethod> method =
                new ComboBox<>(getTranslation("procurement.field.frameworkMethod"));
        method.setItems(se.hoglandet.platform.procurement.FrameworkMethod.values());
        method.setItemLabelGenerator(x -> getTranslation("procurement.frameworkMethod." + x.name()));
        method.setValue(p.frameworkMethod());
        method.setClearButtonVisible(true);
        TextField contact = new TextField(getTranslation("procurement.field.contact"));
        contact.setValue(p.contactName() == null ? "" : p.contactName());
        TextField email = new TextField(getTranslation("procurement.field.contactEmail"));
        email.setValue(p.contactEmail() == null ? "" : p.contactEmail());
        ComboBox<se.hoglandet.platform.visibility.Visibility> visibility =
                new ComboBox<>(getTranslation("procurement.field.visibility"));
        visibility.setItems(se.hoglandet.platform.visibility.Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("visibility." + v.name()));
        visibility.setValue(p.visibility());
        FormError error = new FormError();
        Button save = new Button(getTranslation("action.save"), click -> {
            if (error.attempt(() -> procurements.update(
                    p.id(),
                    p.version(),
                    new se.hoglandet.platform.procurement.ProcurementDraft(
                            title.getValue(),
                            description.getValue(),
                            p.category(),
                            procedure.getValue(),
                            method.getValue(),
                            p.collaborationLevel(),
                            contact.getValue(),
                            email.getValue(),
                            visibility.getValue(),
                            java.util.Set.of(),
                            p.links())))) {
                dialog.close();
                saved();
            }
        });
        save.setId("save-procurement-edit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(error, title, description, procedure, method, contact, email, visibility));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.setWidth("min(40em, 95vw)");
        dialog.open();
    }

    private void planDialog(ProcurementDetail detail) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("procurement.action.plan"));
        java.util.Map<
                        se.hoglandet.platform.procurement.ProcurementPhase,
                        com.vaadin.flow.component.datepicker.DatePicker>
                pickers = new java.util.EnumMap<>(se.hoglandet.platform.procurement.ProcurementPhase.class);
        VerticalLayout fields = new VerticalLayout();
        for (PhaseStep step : detail.phases()) {
            com.vaadin.flow.component.datepicker.DatePicker picker =
                    new com.vaadin.flow.component.datepicker.DatePicker(
                            getTranslation("procurement.phase." + step.phase().name()));
            picker.setValue(step.plannedOn());
            pickers.put(step.phase(), picker);
            fields.add(picker);
        }
        FormError error = new FormError();
        Button save = new Button(getTranslation("action.save"), click -> {
            java.util.Map<se.hoglandet.platform.procurement.ProcurementPhase, java.time.LocalDate> planned =
                    new java.util.HashMap<>();
            pickers.forEach((phase, picker) -> planned.put(phase, picker.getValue()));
            if (error.attempt(() -> procurements.plan(detail.procurement().id(), planned))) {
                dialog.close();
                saved();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(error, fields);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void inviteDialog(ProcurementDetail detail) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("procurement.action.invite"));
        List<Long> taken =
                detail.participants().stream().map(x -> x.organisation().id()).toList();
        ComboBox<Organisation> organisation = new ComboBox<>(getTranslation("course.field.organiser"));
        organisation.setItems(organisations.pickable().stream()
                .filter(o -> !taken.contains(o.id())
                        && !o.id().equals(
                                        detail.procurement().ownerOrganisation().id()))
                .toList());
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setWidthFull();
        FormError error = new FormError();
        Button save = new Button(getTranslation("procurement.action.invite"), click -> {
            if (error.attempt(() -> procurements.invite(
                    detail.procurement().id(),
                    organisation.getValue() == null
                            ? null
                            : organisation.getValue().id()))) {
                dialog.close();
                saved();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(error, organisation);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private Button button(String id, String text, boolean primary, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void run(Runnable change) {
        if (attempt(change)) {
            saved();
        }
    }

    private void saved() {
        confirmSaved();
        render(procurements.detail(id));
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
