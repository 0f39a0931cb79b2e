package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.hoglandet.platform.academy.Course;
import se.hoglandet.platform.academy.CourseFilter;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.CourseWish;
import se.hoglandet.platform.academy.CourseWishService;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.form.ChoiceForm;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * Course wishes from the networks, for the academy's administrators (lazy, oldest first): the topic, the need,
 * where it came from; answering one with a course tells the network, which lists the course as its outcome.
 */
@Route("academy/wishes")
@RolesAllowed("ACADEMY_ADMIN")
public class CourseWishesView extends Main implements PortalView {

    CourseWishesView(CourseWishService wishes, CourseService courses) {
        addClassName("page");
        Grid<CourseWish> grid = new Grid<>();
        grid.addColumn(CourseWish::topic)
                .setHeader(getTranslation("courseWish.topic"))
                .setFlexGrow(2);
        grid.addColumn(CourseWish::need)
                .setHeader(getTranslation("courseWish.need"))
                .setFlexGrow(3);
        grid.addColumn(CourseWish::origin)
                .setHeader(getTranslation("courseWish.origin"))
                .setFlexGrow(2);
        grid.addColumn(w -> getTranslation(
                        "courseWish.interested", w.interestedOrganisationIds().size()))
                .setHeader(getTranslation("courseWish.interestedHeader"))
                .setAutoWidth(true);
        grid.addComponentColumn(wish -> {
                    Button answer = new Button(
                            getTranslation("courseWish.answer"), click -> answer(wish, courses, wishes, grid));
                    answer.setAriaLabel(getTranslation("courseWish.answerNamed", wish.topic()));
                    return answer;
                })
                .setHeader(getTranslation("courseWish.answerHeader"))
                .setAutoWidth(true);
        grid.setItems(query -> wishes.open(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("courseWish.empty"));
        grid.setAriaLabel(getTranslation("courseWish.title"));
        grid.setId("course-wishes");
        grid.setHeight("60vh");
        add(grid);
    }

    /** Answers a wish with a course of the catalogue (paged as the list is scrolled). */
    private void answer(CourseWish wish, CourseService courses, CourseWishService wishes, Grid<CourseWish> grid) {
        ChoiceForm<Course> form = new ChoiceForm<>(
                getTranslation("courseWish.course"),
                List.of(),
                Course::title,
                getTranslation("courseWish.error.course"));
        form.field()
                .setItems(query ->
                        courses
                                .catalogue(CourseFilter.none(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                                .stream());
        form.field().setId("wish-course");
        new RecordDialog<>(
                        getTranslation("courseWish.answerNamed", wish.topic()),
                        form,
                        (Course course) -> wishes.answer(wish.id(), wish.version(), course.id()),
                        "courseWish.answered",
                        saved -> grid.getDataProvider().refreshAll())
                .withSaveId("save-wish-answer")
                .open();
    }

    @Override
    public String viewTitle() {
        return getTranslation("courseWish.title");
    }
}
