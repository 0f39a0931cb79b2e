package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.springframework.core.annotation.Order;
import se.hoglandet.platform.academy.EnrolmentService;
import se.hoglandet.platform.academy.EnrolmentService.InitiativeCourse;
import se.hoglandet.platform.initiative.InitiativeDetail;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.RecordLinks;
import se.hoglandet.platform.ui.RecordSection;

/**
 * The chain on an initiative page: the courses its team took for it (enrolments that name it as where the course is
 * applied) and by how many — counts only, no names.
 */
@org.springframework.stereotype.Component
@Order(5)
class InitiativeCoursesSection implements RecordSection<InitiativeDetail> {

    private final EnrolmentService enrolments;

    InitiativeCoursesSection(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public String titleKey() {
        return "initiative.section.courses";
    }

    @Override
    public Component render(InitiativeDetail detail, Runnable changed) {
        Grid<InitiativeCourse> grid = new Grid<>();
        grid.addComponentColumn(c -> RecordLinks.link(c.courseTitle(), CourseView.class, c.courseId()))
                .setHeader(grid.getTranslation("initiative.courses.course"))
                .setFlexGrow(3);
        grid.addColumn(c -> Formats.whole(c.people()))
                .setHeader(grid.getTranslation("initiative.courses.people"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        // One row per course, grouped in the query.
        grid.setItems(enrolments.coursesFor(detail.initiative().id()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(grid.getTranslation("initiative.courses.none"));
        grid.setAriaLabel(grid.getTranslation("initiative.section.courses"));
        grid.setId("initiative-courses");
        return grid;
    }
}
