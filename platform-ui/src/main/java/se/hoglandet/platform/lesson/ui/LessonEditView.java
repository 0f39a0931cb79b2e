package se.hoglandet.platform.lesson.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.lesson.Lesson;
import se.hoglandet.platform.lesson.LessonCategory;
import se.hoglandet.platform.lesson.LessonDetail;
import se.hoglandet.platform.lesson.LessonDraft;
import se.hoglandet.platform.lesson.LessonService;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordNavigation;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.visibility.Visibility;

/** Writes a lesson (on an initiative: {@code lessons/new?initiative=42}) or edits one: the form and the service. */
@Route("lessons/new")
@RouteAlias("lessons/" + RouteIds.ID + "/edit")
@RolesAllowed("PROJECT_LEAD")
public class LessonEditView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private static final LessonDraft NEW_LESSON = new LessonDraft(
            "", "", "", "", "", LessonCategory.ORGANISATIONAL, Set.of(), Visibility.FEDERATION, Set.of());

    private final LessonService lessons;
    private final InitiativeService initiatives;
    private final OrganisationService organisations;
    private Long lessonId;

    LessonEditView(LessonService lessons, InitiativeService initiatives, OrganisationService organisations) {
        this.lessons = lessons;
        this.initiatives = initiatives;
        this.organisations = organisations;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        lessonId = event.getRouteParameters().getLong("id").orElse(null);
        Long initiativeId = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("initiative")
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        renderOrNotFound(event, () -> {
            if (lessonId == null) {
                render(NEW_LESSON, 0, initiativeId);
                return;
            }
            LessonDetail detail = lessons.detail(lessonId);
            if (!detail.mayEdit()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            Lesson lesson = detail.lesson();
            render(lesson.draft(), lesson.version(), lesson.initiativeId());
        });
    }

    private void render(LessonDraft draft, long version, Long initiativeId) {
        add(new H2(viewTitle()));
        if (initiativeId != null) {
            initiatives
                    .readableTitle(initiativeId)
                    .ifPresent(title -> add(new Paragraph(getTranslation("lesson.onInitiative", title))));
        }
        FormError error = new FormError();
        LessonForm form = new LessonForm(otherOrganisations());
        form.edit(draft);
        form.addSaveListener(save -> {
            Lesson[] saved = new Lesson[1];
            if (error.attempt(() -> saved[0] = lessonId == null
                    ? lessons.write(initiativeId, save.draft())
                    : lessons.update(lessonId, version, save.draft()))) {
                Feedback.done(this, "lesson.saved");
                RecordNavigation.openAtTop(this, LessonView.class, saved[0].id());
            }
        });
        form.addCancelListener(
                cancel -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        add(error, form);
    }

    private List<Organisation> otherOrganisations() {
        return organisations.pickableOthers();
    }

    @Override
    public String viewTitle() {
        return getTranslation(lessonId == null ? "lessons.new" : "lessons.edit");
    }
}
