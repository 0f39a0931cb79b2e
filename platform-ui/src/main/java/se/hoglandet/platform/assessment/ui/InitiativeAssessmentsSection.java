package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.core.annotation.Order;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentFilter;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.initiative.InitiativeDetail;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.RecordLinks;
import se.hoglandet.platform.ui.RecordSection;

/**
 * The chain on an initiative page: the legal assessments that cover it, with their status — only those the reader
 * may read (the service's query applies the truth table, with paging), so a private assessment of another
 * organisation never shows.
 */
@org.springframework.stereotype.Component
@Order(3)
class InitiativeAssessmentsSection implements RecordSection<InitiativeDetail> {

    private final AssessmentService assessments;

    InitiativeAssessmentsSection(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public String titleKey() {
        return "initiative.section.assessments";
    }

    @Override
    public Component render(InitiativeDetail detail, Runnable changed) {
        AssessmentFilter covering =
                new AssessmentFilter(null, null, null, detail.initiative().id(), null);
        Grid<Assessment> grid = new Grid<>();
        grid.addComponentColumn(a -> RecordLinks.link(a.title(), AssessmentView.class, a.id()))
                .setHeader(grid.getTranslation("assessments.column.title"))
                .setFlexGrow(3);
        grid.addColumn(a -> EnumLabel.of(grid, "assessment.type", a.type()))
                .setHeader(grid.getTranslation("assessments.column.type"))
                .setFlexGrow(2);
        grid.addColumn(a -> EnumLabel.of(grid, "assessment.status", a.status()))
                .setHeader(grid.getTranslation("assessments.column.status"))
                .setAutoWidth(true);
        grid.setItems(query -> assessments.list(covering, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(grid.getTranslation("initiative.assessments.none"));
        grid.setAriaLabel(grid.getTranslation("initiative.section.assessments"));
        grid.setHeight("12em");
        grid.setId("initiative-assessments");
        return grid;
    }
}
