package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentFilter;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentStatus;
import se.hoglandet.platform.assessment.AssessmentTemplate;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.assessment.AssessmentType;
import se.hoglandet.platform.assessment.ExpertReviewService;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.ui.PortalView;

/**
 * Legal assessments the user may read (the truth table decides), lazily paged, newest change first; filters by
 * kind, status and text; assessors start a new one from a template of the shared catalogue.
 */
@Route("assessments")
@Menu(title = "nav.assessments", order = 25)
@PermitAll
public class AssessmentsView extends Main implements PortalView {

    /** Open review tasks listed on the page; more are counted (an expert rarely has this many). */
    private static final int OPEN_TASKS_SHOWN = 20;

    private final AssessmentService assessments;
    private final Grid<Assessment> grid = new Grid<>();
    private final ComboBox<AssessmentType> type = new ComboBox<>();
    private final ComboBox<AssessmentStatus> status = new ComboBox<>();
    private final TextField text = new TextField();

    AssessmentsView(AssessmentService assessments, AssessmentTemplateService templates, ExpertReviewService reviews) {
        this.assessments = assessments;
        addClassName("page");
        H2 heading = new H2(getTranslation("assessments.title"));

        FlexLayout toolbar = new FlexLayout();
        toolbar.addClassName("toolbar");
        if (assessments.mayCreate()) {
            ComboBox<AssessmentTemplate> template = new ComboBox<>(getTranslation("assessments.new.template"));
            template.setId("new-assessment-template");
            template.setItems(templates.catalogue());
            template.setItemLabelGenerator(AssessmentTemplate::name);
            template.setWidth("28em");
            Button start = new Button(getTranslation("assessments.new"), VaadinIcon.PLUS.create(), click -> {
                if (template.getValue() != null) {
                    getUI().ifPresent(ui -> ui.navigate(
                            "assessments/new",
                            QueryParameters.of("template", template.getValue().templateKey())));
                }
            });
            start.setId("new-assessment");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(template, start);
            toolbar.setAlignItems(FlexLayout.Alignment.BASELINE);
        }

        type.setLabel(getTranslation("assessments.filter.type"));
        type.setItems(AssessmentType.values());
        type.setItemLabelGenerator(t -> getTranslation("assessment.type." + t.name()));
        type.setClearButtonVisible(true);
        status.setLabel(getTranslation("assessments.filter.status"));
        status.setItems(AssessmentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("assessment.status." + s.name()));
        status.setClearButtonVisible(true);
        text.setLabel(getTranslation("assessments.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        FlexLayout filters = new FlexLayout(text, type, status);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        grid.addComponentColumn(a -> new Anchor("assessments/" + a.id(), a.title()))
                .setHeader(getTranslation("assessments.column.title"))
                .setFlexGrow(3);
        grid.addColumn(a -> getTranslation("assessment.type." + a.type().name()))
                .setHeader(getTranslation("assessments.column.type"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.ownerOrganisation().name())
                .setHeader(getTranslation("assessments.column.owner"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("assessment.status." + a.status().name()))
                .setHeader(getTranslation("assessments.column.status"))
                .setAutoWidth(true);
        grid.addColumn(Assessment::versionNumber)
                .setHeader(getTranslation("assessments.column.version"))
                .setAutoWidth(true);
        grid.addColumn(a -> date.format(a.updatedAt().atZone(SwedishTime.ZONE)))
                .setHeader(getTranslation("assessments.column.updated"))
                .setAutoWidth(true);
        grid.setItems(query -> assessments
                .list(
                        new AssessmentFilter(type.getValue(), status.getValue(), null, null, text.getValue()),
                        PageRequest.of(query.getPage(), query.getPageSize(), Sort.unsorted()))
                .stream());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("assessments.title"));
        grid.setId("assessments");
        grid.setHeight("60vh");
        grid.setEmptyStateText(getTranslation("assessments.empty"));
        add(heading, toolbar);
        // Review tasks from the shared expert pool: the open ones are the expert's only way in.
        UnorderedList tasks = new UnorderedList();
        Page<ExpertReviewService.Task> open = reviews.myOpenTasks(PageRequest.of(0, OPEN_TASKS_SHOWN));
        open.forEach(task -> tasks.add(new ListItem(
                new Anchor("assessments/" + task.request().assessmentId(), task.assessmentTitle()),
                new com.vaadin.flow.component.html.Span(" – "
                        + getTranslation(
                                "assessments.reviewTask",
                                getTranslation(
                                        "role." + task.request().expertRole().name()),
                                task.request().requestedByName())))));
        if (open.hasContent()) {
            Section box = new Section(new H3(getTranslation("assessments.reviewTasks")), tasks);
            if (open.getTotalElements() > OPEN_TASKS_SHOWN) {
                box.add(new Paragraph(
                        getTranslation("assessments.reviewTasks.more", OPEN_TASKS_SHOWN, open.getTotalElements())));
            }
            box.setId("review-tasks");
            add(box);
        }
        add(filters, grid);
    }

    @Override
    public String viewTitle() {
        return getTranslation("assessments.title");
    }
}
