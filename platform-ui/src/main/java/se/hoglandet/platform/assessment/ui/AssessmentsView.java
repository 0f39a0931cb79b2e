package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentFilter;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentStatus;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.assessment.AssessmentType;
import se.hoglandet.platform.assessment.ExpertReviewService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordLinks;

/**
 * Legal assessments the user may read (the truth table decides), lazily paged, newest change first; filters by
 * kind, status and text; the expert's open review tasks; assessors start a new one from a template.
 */
@Route("assessments")
@Menu(title = "nav.assessments", order = 25)
@PermitAll
public class AssessmentsView extends Main implements PortalView {

    private final AssessmentService assessments;
    private final Grid<Assessment> grid = new Grid<>();
    private final ComboBox<AssessmentType> type = new ComboBox<>();
    private final ComboBox<AssessmentStatus> status = new ComboBox<>();
    private final TextField text = new TextField();

    AssessmentsView(AssessmentService assessments, AssessmentTemplateService templates, ExpertReviewService reviews) {
        this.assessments = assessments;
        addClassName("page");
        add(new H2(viewTitle()));
        if (assessments.mayCreate()) {
            add(new NewAssessment(templates.catalogue()));
        }
        ReviewTasks tasks = new ReviewTasks(reviews);
        if (tasks.hasTasks()) {
            add(tasks);
        }
        add(filters(), grid);
        configureGrid();
    }

    private FlexLayout filters() {
        type.setLabel(getTranslation("assessments.filter.type"));
        type.setItems(AssessmentType.values());
        type.setItemLabelGenerator(t -> EnumLabel.of(this, "assessment.type", t));
        type.setClearButtonVisible(true);
        status.setLabel(getTranslation("assessments.filter.status"));
        status.setItems(AssessmentStatus.values());
        status.setItemLabelGenerator(s -> EnumLabel.of(this, "assessment.status", s));
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
        return filters;
    }

    private void configureGrid() {
        grid.addComponentColumn(a -> RecordLinks.link(a.title(), AssessmentView.class, a.id()))
                .setHeader(getTranslation("assessments.column.title"))
                .setFlexGrow(3);
        grid.addColumn(a -> EnumLabel.of(this, "assessment.type", a.type()))
                .setHeader(getTranslation("assessments.column.type"))
                .setFlexGrow(1);
        grid.addColumn(a -> a.ownerOrganisation().name())
                .setHeader(getTranslation("assessments.column.owner"))
                .setAutoWidth(true);
        grid.addColumn(a -> EnumLabel.of(this, "assessment.status", a.status()))
                .setHeader(getTranslation("assessments.column.status"))
                .setAutoWidth(true);
        grid.addColumn(Assessment::versionNumber)
                .setHeader(getTranslation("assessments.column.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> Formats.date(a.updatedAt().atZone(Formats.ZONE).toLocalDate()))
                .setHeader(getTranslation("assessments.column.updated"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> assessments
                .list(
                        new AssessmentFilter(type.getValue(), status.getValue(), null, null, text.getValue()),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        // Whole titles: long ones wrap instead of being cut off.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(viewTitle());
        grid.setId("assessments");
        grid.setHeight("60vh");
        grid.setEmptyStateText(getTranslation("assessments.empty"));
    }

    @Override
    public String viewTitle() {
        return getTranslation("assessments.title");
    }
}
