package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import se.hoglandet.platform.academy.Course;
import se.hoglandet.platform.academy.CourseDraft;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.form.RecordDialog;

/** Creating or changing a course: the course form in the one record dialog. */
final class CourseDialog {

    private CourseDialog() {}

    /**
     * @param page   the page that opens it (for the title's language)
     * @param draft  {@link CourseForm#NEW_COURSE} or the course as it is
     * @param save   the service call: create, or update with the version that was read
     * @param saved  what the page does next: open the course at its top
     */
    static RecordDialog<CourseDraft, Course> open(
            Component page,
            List<Organisation> organisations,
            CourseDraft draft,
            Function<CourseDraft, Course> save,
            Consumer<Course> saved) {
        CourseForm form = new CourseForm(organisations);
        form.edit(draft);
        String title =
                page.getTranslation(draft == CourseForm.NEW_COURSE ? "course.action.create" : "course.action.edit");
        RecordDialog<CourseDraft, Course> dialog = new RecordDialog<>(title, form, save, "course.saved", saved);
        dialog.withSaveId("save-course").open();
        return dialog;
    }
}
