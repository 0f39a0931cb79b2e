package se.hoglandet.platform.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import se.hoglandet.platform.lesson.Lesson;
import se.hoglandet.platform.lesson.LessonCategory;
import se.hoglandet.platform.lesson.LessonDetail;
import se.hoglandet.platform.lesson.LessonDraft;
import se.hoglandet.platform.lesson.LessonService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.error.UserMessages;
import se.hoglandet.platform.visibility.Visibility;

/** Writes a lesson (on an initiative: {@code lessons/new?initiative=42}) or edits one. */
@Route("lessons/new")
@RouteAlias("lessons/:id/edit")
@RolesAllowed("PROJECT_LEAD")
public class LessonEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonService lessons;
    private final TextField title = new TextField();
    private final TextArea tried = new TextArea();
    private final TextArea worked = new TextArea();
    private final TextArea didNotWork = new TextArea();
    private final TextArea recommendation = new TextArea();
    private final ComboBox<LessonCategory> category = new ComboBox<>();
    private final TextField tags = new TextField();
    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    private final Paragraph error = new Paragraph();
    private Long lessonId;
    private Long initiativeId;
    private long version;

    LessonEditView(LessonService lessons) {
        this.lessons = lessons;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        lessonId = event.getRouteParameters().getLong("id").orElse(null);
        initiativeId = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("initiative")
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        label(title, "title");
        title.setId("lesson-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        for (TextArea area : new TextArea[] {tried, worked, didNotWork, recommendation}) {
            area.setMaxLength(2000);
        }
        label(tried, "tried");
        tried.setId("lesson-tried");
        tried.setRequiredIndicatorVisible(true);
        label(worked, "worked");
        label(didNotWork, "didNotWork");
        label(recommendation, "recommendation");
        category.setLabel(getTranslation("lesson.field.category"));
        category.setItems(LessonCategory.values());
        category.setItemLabelGenerator(c -> EnumLabel.of(this, "lesson.category", c));
        category.setId("lesson-category");
        category.setValue(LessonCategory.ORGANISATIONAL);
        label(tags, "tags");
        visibility.setLabel(getTranslation("initiative.field.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v ->
                getTranslation("visibility." + v.name()) + " – " + getTranslation("visibility." + v.name() + ".help"));
        visibility.setValue(Visibility.FEDERATION);
        if (lessonId != null) {
            try {
                LessonDetail detail = lessons.detail(lessonId);
                if (!detail.mayEdit()) {
                    event.rerouteToError(NotFoundException.class);
                    return;
                }
                fill(detail.lesson());
            } catch (RuntimeException e) {
                if (UserMessages.keyFor(e) == null) {
                    throw e;
                }
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");
        error.setVisible(false);
        FormLayout form = new FormLayout(title, category, tried, worked, didNotWork, recommendation, tags, visibility);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(visibility, 2);
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-lesson");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(
                getTranslation("action.cancel"),
                click -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        add(error, form, new HorizontalLayout(save, cancel));
    }

    private void fill(Lesson lesson) {
        version = lesson.version();
        title.setValue(lesson.title());
        tried.setValue(lesson.tried());
        worked.setValue(lesson.worked() == null ? "" : lesson.worked());
        didNotWork.setValue(lesson.didNotWork() == null ? "" : lesson.didNotWork());
        recommendation.setValue(lesson.recommendation() == null ? "" : lesson.recommendation());
        category.setValue(lesson.category());
        tags.setValue(String.join(", ", lesson.tags()));
        visibility.setValue(lesson.visibility());
    }

    private void save() {
        Set<String> tagSet = Arrays.stream(tags.getValue().split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toSet());
        LessonDraft draft = new LessonDraft(
                title.getValue(),
                tried.getValue(),
                worked.getValue(),
                didNotWork.getValue(),
                recommendation.getValue(),
                category.getValue(),
                tagSet,
                visibility.getValue(),
                Set.of());
        try {
            Lesson saved =
                    lessonId == null ? lessons.write(initiativeId, draft) : lessons.update(lessonId, version, draft);
            getUI().ifPresent(ui -> ui.navigate("lessons/" + saved.id()));
        } catch (RuntimeException refused) {
            String key = UserMessages.keyFor(refused);
            if (key == null) {
                throw refused;
            }
            error.setText(getTranslation(key));
            error.setVisible(true);
        }
    }

    private void label(com.vaadin.flow.component.HasLabel field, String name) {
        field.setLabel(getTranslation("lesson.field." + name));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(lessonId == null ? "lessons.new" : "lessons.edit");
    }
}
