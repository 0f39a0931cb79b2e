package se.hoglandet.platform.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.initiative.ui.InitiativeView;
import se.hoglandet.platform.lesson.Lesson;
import se.hoglandet.platform.lesson.LessonDetail;
import se.hoglandet.platform.lesson.LessonService;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.HistoryDialog;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;

/** One lesson learned: what was tried, what worked and what not, the recommendation; marks and comments. */
@Route("lessons/" + RouteIds.ID)
@PermitAll
public class LessonView extends Main implements BeforeEnterObserver, PortalView, PageParts {
    private final LessonService lessons;
    private final AuditService audit;
    private Long id;
    private String title = "";

    LessonView(LessonService lessons, AuditService audit) {
        this.lessons = lessons;
        this.audit = audit;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, () -> render(lessons.detail(id)));
    }

    private void render(LessonDetail detail) {
        removeAll();
        Lesson lesson = detail.lesson();
        title = lesson.title();
        H2 heading = new H2(lesson.title());
        heading.setId("lesson-heading");
        FlexLayout badges = new FlexLayout(
                Badge.of(EnumLabel.of(this, "lesson.category", lesson.category()), "badge"),
                new Span(lesson.ownerOrganisation().name()));
        badges.addClassName("badges");
        add(heading, badges);
        if (lesson.initiativeId() != null) {
            add(new Paragraph(new RouterLink(
                    getTranslation("lesson.toInitiative"),
                    InitiativeView.class,
                    new RouteParameters("id", String.valueOf(lesson.initiativeId())))));
        }
        part("lesson.field.tried", lesson.tried());
        part("lesson.field.worked", lesson.worked());
        part("lesson.field.didNotWork", lesson.didNotWork());
        part("lesson.field.recommendation", lesson.recommendation());
        add(actions(detail));
        add(new LessonComments(detail.comments(), body -> lessons.comment(id, body), this::reload));
    }

    private FlexLayout actions(LessonDetail detail) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        Span count =
                new Span(getTranslation("lessons.useful.count", detail.lesson().usefulCount()));
        count.setId("useful-count");
        if (detail.mayMarkUseful()) {
            Button useful = new Button(
                    getTranslation(detail.markedUsefulByMe() ? "lessons.useful.unmark" : "lessons.useful.mark"),
                    click -> {
                        if (attempt(() -> toggleUseful(detail.markedUsefulByMe()))) {
                            reload();
                        }
                    });
            useful.setId("mark-useful");
            actions.add(useful);
        }
        actions.add(count);
        if (detail.mayEdit()) {
            Button edit = new Button(
                    getTranslation("lessons.edit"),
                    click -> getUI().ifPresent(ui ->
                            ui.navigate(LessonEditView.class, new RouteParameters("id", String.valueOf(id)))));
            edit.setId("edit-lesson");
            actions.add(edit);
        }
        actions.add(new Button(
                getTranslation("organisations.history"),
                click -> new HistoryDialog(audit, "lesson", id, title).open()));
        return actions;
    }

    private void toggleUseful(boolean marked) {
        if (marked) {
            lessons.unmarkUseful(id);
        } else {
            lessons.markUseful(id);
        }
    }

    private void reload() {
        render(lessons.detail(id));
    }

    private void part(String key, String text) {
        if (text != null && !text.isBlank()) {
            add(new H3(getTranslation(key)), new Paragraph(text));
        }
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
