package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDetail;
import se.hoglandet.platform.assessment.AssessmentDraft;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplate;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.assessment.Risk;
import se.hoglandet.platform.assessment.TemplateDefinition;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeFilter;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.ui.error.UserMessages;
import se.hoglandet.platform.visibility.Visibility;

/**
 * Writing an assessment: subject, case number, secrecy and sharing (shown before saving), the template's questions
 * (a question that depends on an earlier answer appears when that answer is given) and the risk register.
 * {@code assessments/new?template=risk-consequence&initiative=12} starts one; {@code assessments/:id/edit} edits a
 * draft. A refused save keeps everything typed.
 */
@Route("assessments/new")
@RouteAlias("assessments/" + RouteIds.ID + "/edit")
@RolesAllowed({"LAWYER", "DPO", "INFOSEC", "IT_MANAGER", "PROJECT_LEAD"})
public class AssessmentEditView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final AssessmentService assessments;
    private final AssessmentTemplateService templates;
    private final InitiativeService initiatives;
    private final List<Organisation> organisations;
    private final TextField title = new TextField();
    private final TextField tool = new TextField();
    private final TextField caseNumber = new TextField();
    private final Checkbox secret = new Checkbox();
    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    private final MultiSelectComboBox<Organisation> named = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Organisation> participating = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Initiative> covered = new MultiSelectComboBox<>();
    private final Map<String, HasValue<?, String>> answerFields = new LinkedHashMap<>();
    private final Map<String, Component> answerComponents = new LinkedHashMap<>();
    private final List<Risk> risks = new ArrayList<>();
    private final Grid<Risk> riskGrid = new Grid<>();
    private final Paragraph error = new Paragraph();
    private TemplateDefinition definition;
    private Long templateId;
    private Long assessmentId;
    private long version;
    private Set<Long> initiativeIds = Set.of();

    AssessmentEditView(
            AssessmentService assessments,
            AssessmentTemplateService templates,
            InitiativeService initiatives,
            OrganisationService organisationService) {
        this.assessments = assessments;
        this.templates = templates;
        this.initiatives = initiatives;
        this.organisations = organisationService.pickable();
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        renderOrNotFound(event, () -> {
            Long id = event.getRouteParameters().getLong("id").orElse(null);
            if (id != null) {
                AssessmentDetail detail = assessments.detail(id);
                if (!detail.mayEdit()) {
                    event.rerouteToError(NotFoundException.class);
                    return;
                }
                build(detail.template());
                fill(detail.assessment());
            } else {
                Map<String, List<String>> parameters =
                        event.getLocation().getQueryParameters().getParameters();
                String key = parameters
                        .getOrDefault("template", List.of("risk-consequence"))
                        .getFirst();
                AssessmentTemplate template = templates.catalogue().stream()
                        .filter(t -> t.templateKey().equals(key))
                        .findFirst()
                        .orElse(null);
                if (template == null) {
                    event.rerouteToError(NotFoundException.class);
                    return;
                }
                templateId = template.id();
                initiativeIds = parameters.getOrDefault("initiative", List.of()).stream()
                        .filter(v -> v.matches("\\d{1,18}"))
                        .map(Long::valueOf)
                        .collect(Collectors.toSet());
                build(template.definition());
                visibility.setValue(Visibility.FEDERATION);
            }
        });
    }

    private void build(TemplateDefinition template) {
        removeAll();
        definition = template;
        H2 heading = new H2(template.name());
        error.setId("form-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        title.setLabel(getTranslation("assessment.field.title"));
        title.setId("assessment-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        tool.setLabel(getTranslation("assessment.field.tool"));
        tool.setMaxLength(200);
        caseNumber.setLabel(getTranslation("assessment.field.caseNumber"));
        caseNumber.setMaxLength(60);
        secret.setLabel(getTranslation("assessment.field.secret"));
        secret.setId("assessment-secret");
        visibility.setLabel(getTranslation("assessment.field.visibility"));
        visibility.setId("assessment-visibility");
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v ->
                getTranslation("visibility." + v.name()) + " – " + getTranslation("visibility." + v.name() + ".help"));
        // Under secrecy (OSL) only PRIVATE and SHARED can be chosen; the service enforces it either way.
        secret.addValueChangeListener(change -> visibility.setItemEnabledProvider(
                v -> !change.getValue() || Visibility.allowedUnderSecrecy().contains(v)));
        named.setLabel(getTranslation("assessment.field.named"));
        named.setItems(organisations);
        named.setItemLabelGenerator(Organisation::name);
        participating.setLabel(getTranslation("assessment.field.participating"));
        participating.setHelperText(getTranslation("assessment.field.participating.help"));
        participating.setId("assessment-participating");
        participating.setItems(organisations);
        participating.setItemLabelGenerator(Organisation::name);
        // The initiatives it covers: searched by title among those the user may read (lazy, paged).
        covered.setLabel(getTranslation("assessment.field.initiatives"));
        covered.setId("assessment-initiatives");
        covered.setItemLabelGenerator(Initiative::title);
        covered.setItems(query -> initiatives
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
        covered.setValue(initiativeIds.stream()
                .map(id -> initiatives.detail(id).initiative())
                .collect(Collectors.toSet()));
        FormLayout subject = form(title, tool, caseNumber, covered, secret, visibility, named, participating);
        subject.setColspan(visibility, 2);
        subject.setColspan(covered, 2);
        add(
                heading,
                new Paragraph(template.description() == null ? "" : template.description()),
                error,
                section(getTranslation("assessment.section.subject"), subject));

        for (TemplateDefinition.Section section : template.sections()) {
            FormLayout questions = form();
            for (TemplateDefinition.Question question : section.questions()) {
                Component field = field(question);
                questions.add(field);
                questions.setColspan(field, 2);
            }
            add(section(section.title(), questions));
        }
        if (template.riskRegister()) {
            add(riskSection());
        }
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-assessment");
        Button cancel = new Button(
                getTranslation("action.cancel"),
                click -> getUI().ifPresent(ui ->
                        ui.navigate(assessmentId == null ? "assessments" : "assessments/" + assessmentId)));
        add(new HorizontalLayout(save, cancel));
        showOnlyVisibleQuestions();
    }

    private Component field(TemplateDefinition.Question question) {
        AbstractField<?, String> field;
        if (question.kind() == TemplateDefinition.QuestionKind.TEXT) {
            TextArea area = new TextArea(question.text());
            area.setMaxLength(4000);
            area.setWidthFull();
            field = area;
        } else {
            RadioButtonGroup<String> choice = new RadioButtonGroup<>(question.text());
            if (question.kind() == TemplateDefinition.QuestionKind.YES_NO) {
                choice.setItems("YES", "NO");
                choice.setItemLabelGenerator(v -> getTranslation("answer." + v));
            } else {
                choice.setItems(question.options());
            }
            field = choice;
        }
        field.setId("answer-" + question.key());
        field.addValueChangeListener(change -> showOnlyVisibleQuestions());
        @SuppressWarnings("unchecked")
        HasValue<?, String> value = (HasValue<?, String>) field;
        answerFields.put(question.key(), value);
        answerComponents.put(question.key(), field);
        return field;
    }

    private void showOnlyVisibleQuestions() {
        Set<String> visible = definition.visibleQuestions(currentAnswers()).stream()
                .map(TemplateDefinition.Question::key)
                .collect(Collectors.toSet());
        answerComponents.forEach((key, component) -> component.setVisible(visible.contains(key)));
    }

    private Map<String, String> currentAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answerFields.forEach((key, field) -> {
            String value = field.getValue();
            if (value != null && !value.isBlank()) {
                answers.put(key, value);
            }
        });
        return answers;
    }

    private Div riskSection() {
        riskGrid.addColumn(Risk::description)
                .setHeader(getTranslation("assessment.risk.description"))
                .setFlexGrow(3);
        riskGrid.addColumn(r -> r.likelihood() + " × " + r.consequence())
                .setHeader(getTranslation("assessment.risk.before"));
        riskGrid.addColumn(Risk::measure)
                .setHeader(getTranslation("assessment.risk.measure"))
                .setFlexGrow(2);
        riskGrid.addColumn(r -> r.residualLikelihood() + " × " + r.residualConsequence())
                .setHeader(getTranslation("assessment.risk.after"));
        riskGrid.addComponentColumn(r -> {
                    Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                        risks.remove(r);
                        riskGrid.setItems(risks);
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(getTranslation("assessment.risk.remove", r.description()));
                    return remove;
                })
                .setHeader(getTranslation("assessment.risk.actions"))
                .setAutoWidth(true);
        riskGrid.setAllRowsVisible(true);
        riskGrid.setAriaLabel(getTranslation("assessment.section.risks"));
        riskGrid.setItems(risks);
        Button add = new Button(getTranslation("assessment.risk.add"), VaadinIcon.PLUS.create(), click -> riskDialog());
        add.setId("add-risk");
        Div section = new Div(new H2(getTranslation("assessment.section.risks")), riskGrid, add);
        section.addClassName("form-section");
        return section;
    }

    private void riskDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("assessment.risk.add"));
        TextArea description = new TextArea(getTranslation("assessment.risk.description"));
        Select<Integer> likelihood = scale("assessment.risk.likelihood");
        Select<Integer> consequence = scale("assessment.risk.consequence");
        TextArea rationale = new TextArea(getTranslation("assessment.risk.rationale"));
        TextArea measure = new TextArea(getTranslation("assessment.risk.measure"));
        TextField owner = new TextField(getTranslation("assessment.risk.owner"));
        DatePicker due = new DatePicker(getTranslation("assessment.risk.due"));
        Select<Integer> residualLikelihood = scale("assessment.risk.residualLikelihood");
        Select<Integer> residualConsequence = scale("assessment.risk.residualConsequence");
        Paragraph dialogError = new Paragraph();
        dialogError.addClassName("form-error");
        dialogError.getElement().setAttribute("role", "alert");
        dialogError.setVisible(false);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                risks.add(new Risk(
                        description.getValue(),
                        likelihood.getValue(),
                        consequence.getValue(),
                        rationale.getValue(),
                        measure.getValue(),
                        owner.getValue(),
                        due.getValue(),
                        residualLikelihood.getValue(),
                        residualConsequence.getValue()));
                riskGrid.setItems(risks);
                dialog.close();
            } catch (RuntimeException refused) {
                String key = UserMessages.keyFor(refused);
                if (key == null) {
                    throw refused;
                }
                dialogError.setText(getTranslation(key));
                dialogError.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-risk");
        FormLayout form = form(
                description,
                likelihood,
                consequence,
                rationale,
                measure,
                owner,
                due,
                residualLikelihood,
                residualConsequence);
        form.setColspan(description, 2);
        dialog.add(dialogError, form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private Select<Integer> scale(String key) {
        Select<Integer> select = new Select<>();
        select.setLabel(getTranslation(key));
        select.setItems(1, 2, 3, 4);
        select.setItemLabelGenerator(step -> getTranslation("assessment.scale." + step));
        select.setValue(1);
        return select;
    }

    private void fill(Assessment a) {
        assessmentId = a.id();
        version = a.version();
        initiativeIds = a.initiativeIds();
        covered.setValue(initiativeIds.stream()
                .map(id -> initiatives.detail(id).initiative())
                .collect(Collectors.toSet()));
        title.setValue(a.title());
        tool.setValue(a.tool() == null ? "" : a.tool());
        caseNumber.setValue(a.caseNumber() == null ? "" : a.caseNumber());
        secret.setValue(a.secret());
        visibility.setValue(a.visibility());
        Set<Long> namedIds =
                a.namedOrganisations().stream().map(Organisation::id).collect(Collectors.toSet());
        named.setValue(
                organisations.stream().filter(o -> namedIds.contains(o.id())).collect(Collectors.toSet()));
        Set<Long> participantIds =
                a.participatingOrganisations().stream().map(Organisation::id).collect(Collectors.toSet());
        participating.setValue(organisations.stream()
                .filter(o -> participantIds.contains(o.id()))
                .collect(Collectors.toSet()));
        a.answers().forEach((key, answer) -> {
            HasValue<?, String> field = answerFields.get(key);
            if (field != null) {
                field.setValue(answer);
            }
        });
        risks.clear();
        risks.addAll(a.risks());
        riskGrid.setItems(risks);
        showOnlyVisibleQuestions();
    }

    private void save() {
        AssessmentDraft draft = new AssessmentDraft(
                title.getValue(),
                tool.getValue(),
                caseNumber.getValue(),
                secret.getValue(),
                visibility.getValue(),
                named.getValue().stream().map(Organisation::id).collect(Collectors.toSet()),
                participating.getValue().stream().map(Organisation::id).collect(Collectors.toSet()),
                covered.getValue().stream().map(Initiative::id).collect(Collectors.toCollection(HashSet::new)),
                currentAnswers(),
                risks);
        try {
            Assessment saved = assessmentId == null
                    ? assessments.create(templateId, draft)
                    : assessments.update(assessmentId, version, draft);
            getUI().ifPresent(ui -> ui.navigate("assessments/" + saved.id()));
            Notification.show(getTranslation("action.saved"), 3000, Notification.Position.BOTTOM_START);
        } catch (RuntimeException refused) {
            String key = UserMessages.keyFor(refused);
            if (key == null) {
                throw refused;
            }
            error.setText(getTranslation(key));
            error.setVisible(true);
            error.getElement().callJsFunction("scrollIntoView");
        }
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private Div section(String heading, FormLayout content) {
        Div section = new Div(new H2(heading), content);
        section.addClassName("form-section");
        return section;
    }

    @Override
    public String viewTitle() {
        return getTranslation(assessmentId == null ? "assessments.new" : "assessment.action.edit");
    }
}
