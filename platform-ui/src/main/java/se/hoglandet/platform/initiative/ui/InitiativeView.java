package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import se.hoglandet.platform.attachment.AttachmentService;
import se.hoglandet.platform.attachment.ui.AttachmentsPanel;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.EffectIndicator;
import se.hoglandet.platform.initiative.EuDatabaseService;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeDetail;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeStatus;
import se.hoglandet.platform.initiative.LevelChange;
import se.hoglandet.platform.initiative.Measurement;
import se.hoglandet.platform.initiative.Participation;
import se.hoglandet.platform.initiative.ParticipationRole;
import se.hoglandet.platform.initiative.ParticipationStatus;
import se.hoglandet.platform.initiative.ProductionClearance;
import se.hoglandet.platform.initiative.ProductionDecision;
import se.hoglandet.platform.initiative.RiskGroup;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchResult;
import se.hoglandet.platform.search.SearchService;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.HistoryDialog;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordSection;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.ui.form.NumberInput;
import se.hoglandet.platform.visibility.EditScope;

/**
 * One initiative: its description, participants, effects with charts, collaboration-level history, lessons and
 * similar initiatives elsewhere; with the actions the reader may take (the service decides, buttons only mirror).
 */
@Route("initiatives/" + RouteIds.ID)
@PermitAll
public class InitiativeView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private static final Logger log = LoggerFactory.getLogger(InitiativeView.class);

    private final InitiativeService initiatives;
    private final SearchService search;
    private final AuditService audit;
    private final AttachmentService attachments;
    private final ObjectProvider<RecordSection<InitiativeDetail>> sections;
    private final EuDatabaseService euDatabase;
    private Long id;
    private String title = "";

    InitiativeView(
            InitiativeService initiatives,
            SearchService search,
            AuditService audit,
            AttachmentService attachments,
            ObjectProvider<RecordSection<InitiativeDetail>> sections,
            EuDatabaseService euDatabase) {
        this.initiatives = initiatives;
        this.euDatabase = euDatabase;
        this.attachments = attachments;
        this.search = search;
        this.audit = audit;
        this.sections = sections;
        addClassName("page");
        addClassName("initiative-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, () -> {
            render(initiatives.detail(id));
        });
    }

    private void render(InitiativeDetail detail) {
        removeAll();
        Initiative i = detail.initiative();
        title = i.title();
        FlexLayout badges = new FlexLayout(
                Labels.statusBadge(this, i.status()),
                Labels.levelBadge(this, i.collaborationLevel()),
                Badge.of(getTranslation("visibility." + i.visibility().name()), "badge contrast"));
        if (i.isDemo()) {
            badges.add(Badge.of(getTranslation("initiative.demo"), "badge warning"));
        }
        badges.addClassName("badges");
        H2 heading = new H2(i.title());
        heading.setId("initiative-heading");
        add(heading, badges, new Paragraph(i.summary()), actions(detail));

        add(section("initiative.section.description", new PublicFactsOfRecord(i)));
        add(section("initiative.section.participants", participants(detail)));
        add(section("initiative.section.effects", effects(detail)));
        if (i.riskGroup() == RiskGroup.HIGH) {
            add(section("initiative.euDatabase.section", new EuDatabasePanel(euDatabase, i.id())));
        }
        add(section("initiative.section.levelHistory", levelHistory(detail.levelHistory())));
        add(section("initiative.section.attachments", new AttachmentsPanel(attachments, "initiative", i.id())));
        // Tools, lessons…: sections the capabilities downstream of initiatives contribute.
        sections.orderedStream()
                .forEach(contributed -> add(section(contributed.titleKey(), contributed.render(detail, this::saved))));
        add(section("initiative.section.similar", similar(i)));
    }

    private FlexLayout actions(InitiativeDetail detail) {
        Initiative i = detail.initiative();
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        if (detail.editScope() == EditScope.WHOLE) {
            Button edit = new Button(
                    getTranslation("initiatives.edit"),
                    click -> getUI().ifPresent(ui -> ui.navigate("initiatives/" + i.id() + "/edit")));
            edit.setId("edit-initiative");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button status = new Button(getTranslation("initiative.action.status"), click -> statusDialog(i));
            status.setId("change-status");
            status.setEnabled(!i.status().next().isEmpty());
            Button level = new Button(getTranslation("initiative.action.level"), click -> levelDialog(i));
            level.setId("change-level");
            actions.add(edit, status, level);
        }
        Button follow = new Button(
                getTranslation(detail.following() ? "initiative.action.unfollow" : "initiative.action.follow"),
                click -> run(() -> {
                    if (detail.following()) {
                        initiatives.unfollow(i.id());
                    } else {
                        initiatives.follow(i.id());
                    }
                }));
        follow.setId("follow");
        Button preview = new Button(getTranslation("initiative.action.preview"), click -> {
            Dialog dialog = new Dialog(
                    new Paragraph(getTranslation("initiative.preview.help")),
                    new PublicInitiativeCard(initiatives.publicPreview(i.id())));
            dialog.setHeaderTitle(getTranslation("initiative.action.preview"));
            dialog.setWidth("min(95vw, 900px)");
            dialog.getFooter().add(new Button(getTranslation("action.close"), c -> dialog.close()));
            dialog.open();
        });
        preview.setId("public-preview");
        Button history = new Button(
                getTranslation("organisations.history"),
                click -> new HistoryDialog(audit, "initiative", i.id(), i.title()).open());
        actions.add(follow, preview, history);
        if (i.visibility() == se.hoglandet.platform.visibility.Visibility.PUBLIC) {
            Anchor publicPage = new Anchor("/public/initiatives/" + i.id(), getTranslation("initiative.publicPage"));
            publicPage.setId("public-page");
            publicPage.setRouterIgnore(true);
            actions.add(publicPage);
        }
        if (detail.editScope() != EditScope.NONE) {
            Button lesson = new Button(
                    getTranslation("lessons.new"),
                    click -> getUI().ifPresent(ui -> ui.navigate(
                            "lessons/new",
                            com.vaadin.flow.router.QueryParameters.of("initiative", String.valueOf(i.id())))));
            lesson.setId("write-lesson");
            actions.add(lesson);
        }
        return actions;
    }

    private Div participants(InitiativeDetail detail) {
        Grid<Participation> grid = new Grid<>();
        grid.addColumn(p -> p.organisation().name())
                .setHeader(getTranslation("participation.organisation"))
                .setAutoWidth(true);
        grid.addColumn(p -> EnumLabel.of(this, "participation.role", p.role()))
                .setHeader(getTranslation("participation.role"))
                .setAutoWidth(true);
        grid.addColumn(p -> EnumLabel.of(this, "participation.status", p.status()))
                .setHeader(getTranslation("participation.status"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.note() == null ? "" : p.note())
                .setHeader(getTranslation("participation.note"))
                .setFlexGrow(2);
        grid.addComponentColumn(p -> {
                    Button edit = new Button(getTranslation("organisations.edit"), click -> participationDialog(p));
                    edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    edit.setAriaLabel(getTranslation(
                            "organisations.editNamed", p.organisation().name()));
                    edit.setVisible(detail.mayEdit(p));
                    return edit;
                })
                .setHeader(getTranslation("organisations.column.actions"))
                .setAutoWidth(true);
        grid.setItems(detail.participations());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("initiative.section.participants"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        Div box = new Div(new Paragraph(getTranslation(
                "participation.owner", detail.initiative().ownerOrganisation().name())));
        if (!detail.participations().isEmpty()) {
            box.add(grid);
        }
        return box;
    }

    private Div effects(InitiativeDetail detail) {
        Div box = new Div();
        if (detail.effects().isEmpty()) {
            box.add(new Paragraph(getTranslation("effect.none")));
        }
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        for (EffectIndicator indicator : detail.effects()) {
            List<Measurement> measurements = indicator.measurements();
            H3 name = new H3(indicator.name() + " (" + indicator.unit() + ")");
            Paragraph figures = new Paragraph(getTranslation(
                    "effect.figures",
                    indicator.baseline().stripTrailingZeros().toPlainString(),
                    indicator.target().stripTrailingZeros().toPlainString(),
                    indicator
                            .latest()
                            .map(m -> m.value().stripTrailingZeros().toPlainString())
                            .orElse("–")));
            EffectChart chart = new EffectChart(
                    indicator.name(),
                    indicator.baseline(),
                    indicator.target(),
                    measurements.stream().map(Measurement::measuredOn).toList(),
                    measurements.stream().map(Measurement::value).toList(),
                    getTranslation("effect.baseline"),
                    getTranslation("effect.target"),
                    getTranslation(
                            "effect.chart.aria",
                            indicator.name(),
                            indicator.baseline().toPlainString(),
                            indicator.target().toPlainString()));
            UnorderedList values = new UnorderedList(measurements.stream()
                    .map(m -> new ListItem(date.format(m.measuredOn()) + ": "
                            + m.value().stripTrailingZeros().toPlainString()
                            + (m.note() == null ? "" : " – " + m.note())))
                    .toArray(ListItem[]::new));
            values.addClassName("effect-values");
            box.add(name, figures, chart, values);
            if (detail.editScope() != EditScope.NONE) {
                Button measure = new Button(getTranslation("effect.measure"), click -> measurementDialog(indicator));
                measure.setAriaLabel(getTranslation("effect.measure") + ": " + indicator.name());
                measure.setId("measure-" + indicator.id());
                box.add(measure);
            }
        }
        if (detail.editScope() == EditScope.WHOLE) {
            Button add = new Button(getTranslation("effect.add"), click -> indicatorDialog(detail.initiative()));
            add.setId("add-effect");
            box.add(add);
        }
        return box;
    }

    private Div levelHistory(List<LevelChange> changes) {
        DateTimeFormatter when =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        UnorderedList list = new UnorderedList();
        for (LevelChange change : changes) {
            String to = getTranslation(
                    "initiative.level.short",
                    change.to().number(),
                    getTranslation("initiative.level." + change.to().number()));
            String text = change.from() == null
                    ? getTranslation(
                            "initiative.levelHistory.initial",
                            when.format(change.changedAt().atZone(SwedishTime.ZONE)),
                            to)
                    : getTranslation(
                            "initiative.levelHistory.change",
                            when.format(change.changedAt().atZone(SwedishTime.ZONE)),
                            change.from().number(),
                            to,
                            change.changedByName() == null ? "" : change.changedByName(),
                            change.reason());
            list.add(new ListItem(text));
        }
        return new Div(list);
    }

    /** Who else tried something like this: the search index, by title and summary words, same type, not itself. */
    private Div similar(Initiative i) {
        Div box = new Div();
        String words = Arrays.stream((i.title() + " " + i.summary()).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 3)
                .distinct()
                .limit(20)
                .collect(Collectors.joining(" "));
        try {
            SearchResult result = search.search(new SearchQuery(
                    words, Map.of(SearchDocument.TYPE, Set.of("initiative")), SearchQuery.Order.RELEVANCE, 0, 6));
            List<SearchResult.Hit> others = result.hits().stream()
                    .filter(h -> !h.id().equals(String.valueOf(i.id())))
                    .limit(5)
                    .toList();
            if (others.isEmpty()) {
                box.add(new Paragraph(getTranslation("initiative.similar.none")));
            }
            UnorderedList list = new UnorderedList();
            others.forEach(h -> list.add(new ListItem(new Anchor(h.link(), h.title()))));
            list.setId("similar-initiatives");
            box.add(list);
        } catch (RuntimeException unavailable) {
            log.warn("Similar initiatives unavailable: {}", unavailable.getMessage());
            box.add(new Paragraph(getTranslation("search.unavailable")));
        }
        return box;
    }

    private void statusDialog(Initiative i) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("initiative.action.status"));
        RadioButtonGroup<InitiativeStatus> target = new RadioButtonGroup<>(getTranslation("initiative.field.status"));
        target.setItems(i.status().next());
        target.setItemLabelGenerator(s -> EnumLabel.of(this, "initiative.status", s));
        target.setId("status-target");
        TextField decidedBy = new TextField(getTranslation("initiative.decision.by"));
        DatePicker decidedOn = new DatePicker(getTranslation("initiative.decision.on"));
        Div decision =
                new Div(new Paragraph(getTranslation("initiative.decision.help")), decidedBy, decidedOn, clearance(i));
        decision.setVisible(false);
        target.addValueChangeListener(change -> decision.setVisible(change.getValue() == InitiativeStatus.PRODUCTION));
        FormError error = new FormError();
        Button save = new Button(
                getTranslation("action.save"),
                click -> attempt(
                        dialog,
                        error,
                        () -> initiatives.changeStatus(
                                i.id(),
                                i.version(),
                                target.getValue(),
                                target.getValue() == InitiativeStatus.PRODUCTION
                                        ? new ProductionDecision(decidedBy.getValue(), decidedOn.getValue(), null)
                                        : null)));
        save.setId("save-status");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(error, target, decision));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    /** The production gate as the dialog shows it: the approved analysis the decision rests on, or what is missing. */
    private Div clearance(Initiative i) {
        ProductionClearance.Clearance clearance = initiatives.productionClearance(i.id());
        Div box = new Div();
        box.setId("production-clearance");
        if (clearance.cleared()) {
            box.add(new Paragraph(getTranslation("initiative.decision.restsOn", clearance.analysisReference())));
            return box;
        }
        clearance.missing().forEach(key -> box.add(new Paragraph(getTranslation(key))));
        String template =
                clearance.missing().contains("initiative.missing.riskConsequence") ? "risk-consequence" : "dpia";
        box.add(new Anchor(
                "assessments/new?template=" + template + "&initiative=" + i.id(),
                getTranslation("initiative.decision.startAssessment")));
        return box;
    }

    private void levelDialog(Initiative i) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("initiative.action.level"));
        RadioButtonGroup<CollaborationLevel> level = new RadioButtonGroup<>(getTranslation("initiative.field.level"));
        level.setItems(CollaborationLevel.values());
        level.setItemLabelGenerator(l ->
                getTranslation("initiative.level.short", l.number(), getTranslation("initiative.level." + l.number()))
                        + " – " + getTranslation("initiative.level." + l.number() + ".help"));
        level.setValue(i.collaborationLevel());
        TextArea reason = new TextArea(getTranslation("initiative.level.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        FormError error = new FormError();
        Button save = new Button(
                getTranslation("action.save"),
                click -> attempt(
                        dialog,
                        error,
                        () -> initiatives.changeLevel(i.id(), i.version(), level.getValue(), reason.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(error, level, reason));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void participationDialog(Participation p) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(p.organisation().name());
        ComboBox<ParticipationRole> role =
                new ComboBox<>(getTranslation("participation.role"), ParticipationRole.values());
        role.setItemLabelGenerator(r -> EnumLabel.of(this, "participation.role", r));
        role.setValue(p.role());
        ComboBox<ParticipationStatus> status =
                new ComboBox<>(getTranslation("participation.status"), ParticipationStatus.values());
        status.setItemLabelGenerator(s -> EnumLabel.of(this, "participation.status", s));
        status.setValue(p.status());
        TextField note = new TextField(getTranslation("participation.note"));
        note.setValue(p.note() == null ? "" : p.note());
        note.setMaxLength(500);
        FormError error = new FormError();
        Button save = new Button(
                getTranslation("action.save"),
                click -> attempt(
                        dialog,
                        error,
                        () -> initiatives.updateParticipation(
                                p.id(), p.version(), role.getValue(), status.getValue(), note.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(error, role, status, note));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void indicatorDialog(Initiative i) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("effect.add"));
        TextField name = new TextField(getTranslation("effect.name"));
        name.setId("effect-name");
        name.setMaxLength(200);
        TextField unit = new TextField(getTranslation("effect.unit"));
        unit.setId("effect-unit");
        unit.setMaxLength(40);
        NumberInput<BigDecimal> baseline = NumberInput.measure(getTranslation("effect.baseline"));
        baseline.setId("effect-baseline");
        NumberInput<BigDecimal> target = NumberInput.measure(getTranslation("effect.target"));
        target.setId("effect-target");
        FormError error = new FormError();
        Button save = new Button(
                getTranslation("action.save"),
                click -> attempt(
                        dialog,
                        error,
                        () -> initiatives.addEffect(
                                i.id(), name.getValue(), unit.getValue(), baseline.parsed(), target.parsed())));
        save.setId("save-effect");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(error, name, unit, baseline, target));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void measurementDialog(EffectIndicator indicator) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("effect.measure") + ": " + indicator.name());
        DatePicker on = new DatePicker(getTranslation("effect.measuredOn"), LocalDate.now(SwedishTime.ZONE));
        NumberInput<BigDecimal> value = NumberInput.measure(getTranslation("effect.value", indicator.unit()));
        value.setId("measurement-value");
        TextField note = new TextField(getTranslation("participation.note"));
        note.setMaxLength(500);
        FormError error = new FormError();
        Button save = new Button(
                getTranslation("action.save"),
                click -> attempt(
                        dialog,
                        error,
                        () -> initiatives.recordMeasurement(
                                indicator.id(), on.getValue(), value.parsed(), note.getValue())));
        save.setId("save-measurement");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(error, on, value, note));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    /** Runs a change from a dialog: on success close and re-read; on a refusal keep the dialog and what was typed. */
    private void attempt(Dialog dialog, FormError error, Runnable change) {
        if (error.attempt(change)) {
            dialog.close();
            saved();
        }
    }

    private void run(Runnable change) {
        change.run();
        saved();
    }

    private void saved() {
        Notification.show(getTranslation("action.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        render(initiatives.detail(id));
    }

    @Override
    public String viewTitle() {
        return title;
    }

    /** All of the record's descriptive fields, internal ones included: this page is for those who may read it. */
    private static final class PublicFactsOfRecord extends Div {
        PublicFactsOfRecord(Initiative i) {
            com.vaadin.flow.component.html.DescriptionList facts = new com.vaadin.flow.component.html.DescriptionList();
            fact(facts, "initiative.field.owner", i.ownerOrganisation().name());
            fact(facts, "initiative.field.purpose", i.purpose());
            fact(facts, "initiative.field.area", EnumLabel.of(this, "initiative.area", i.area()));
            fact(facts, "initiative.field.aiType", EnumLabel.of(this, "initiative.aiType", i.aiType()));
            fact(facts, "initiative.field.tools", i.tools());
            fact(facts, "initiative.field.supplier", i.supplier());
            fact(facts, "initiative.field.dataUsed", i.dataUsed());
            fact(facts, "initiative.field.dataClass", EnumLabel.of(this, "initiative.dataClass", i.dataClass()));
            fact(facts, "initiative.field.legalBasis", i.legalBasis());
            fact(facts, "initiative.field.humanOversight", i.humanOversight());
            fact(facts, "initiative.field.transparency", i.transparency());
            fact(facts, "initiative.field.aiActRole", EnumLabel.of(this, "initiative.aiActRole", i.aiActRole()));
            fact(facts, "initiative.field.riskGroup", EnumLabel.of(this, "initiative.riskGroup", i.riskGroup()));
            fact(
                    facts,
                    "initiative.field.startDate",
                    i.startDate() == null ? null : i.startDate().toString());
            fact(
                    facts,
                    "initiative.field.endDate",
                    i.endDate() == null ? null : i.endDate().toString());
            fact(facts, "initiative.field.budget", i.budget());
            fact(facts, "initiative.field.contactName", i.contactName());
            fact(facts, "initiative.field.contactEmail", i.contactEmail());
            fact(
                    facts,
                    "initiative.field.tags",
                    String.join(", ", i.tags().stream().sorted().toList()));
            fact(facts, "initiative.field.links", i.links());
            fact(
                    facts,
                    "initiative.field.named",
                    i.namedOrganisations().stream()
                            .map(Organisation::name)
                            .sorted()
                            .collect(Collectors.joining(", ")));
            if (i.productionDecision() != null) {
                fact(
                        facts,
                        "initiative.decision.summary",
                        getTranslation(
                                "initiative.decision.text",
                                i.productionDecision().decidedBy(),
                                i.productionDecision().decidedOn().toString(),
                                i.productionDecision().analysisReference()));
            }
            add(facts);
        }

        private void fact(com.vaadin.flow.component.html.DescriptionList list, String key, String value) {
            if (value != null && !value.isBlank()) {
                list.add(
                        new com.vaadin.flow.component.html.DescriptionList.Term(getTranslation(key)),
                        new com.vaadin.flow.component.html.DescriptionList.Description(value));
            }
        }
    }
}
