package se.hoglandet.platform.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.lesson.Lesson;
import se.hoglandet.platform.lesson.LessonComment;
import se.hoglandet.platform.lesson.LessonDetail;
import se.hoglandet.platform.lesson.LessonService;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.HistoryDialog;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.ui.error.UserMessages;

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
        renderOrNotFound(event, () -> {
            render(lessons.detail(id));
        });
    }

    private void render(LessonDetail detail) {
        removeAll();
        Lesson lesson = detail.lesson();
        title = lesson.title();
        Span category = new Span(EnumLabel.of(this, "lesson.category", lesson.category()));
        category.getElement().getThemeList().add("badge");
        add(
                new H2(lesson.title()),
                new FlexLayout(
                        category, new Span(" " + lesson.ownerOrganisation().name())));
        if (lesson.initiativeId() != null) {
            add(new Paragraph(
                    new Anchor("initiatives/" + lesson.initiativeId(), getTranslation("lesson.toInitiative"))));
        }
        part("lesson.field.tried", lesson.tried());
        part("lesson.field.worked", lesson.worked());
        part("lesson.field.didNotWork", lesson.didNotWork());
        part("lesson.field.recommendation", lesson.recommendation());

        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        Span count = new Span(getTranslation("lessons.useful.count", lesson.usefulCount()));
        count.setId("useful-count");
        if (detail.mayMarkUseful()) {
            Button useful = new Button(
                    getTranslation(detail.markedUsefulByMe() ? "lessons.useful.unmark" : "lessons.useful.mark"),
                    click -> {
                        if (detail.markedUsefulByMe()) {
                            lessons.unmarkUseful(id);
                        } else {
                            lessons.markUseful(id);
                        }
                        render(lessons.detail(id));
                    });
            useful.setId("mark-useful");
            actions.add(useful);
        }
        actions.add(count);
        if (detail.mayEdit()) {
            Button edit = new Button(
                    getTranslation("organisations.edit"),
                    click -> getUI().ifPresent(ui -> ui.navigate("lessons/" + id + "/edit")));
            actions.add(edit);
        }
        actions.add(new Button(
                getTranslation("organisations.history"),
                click -> new HistoryDialog(audit, "lesson", id, lesson.title()).open()));
        add(actions);

        DateTimeFormatter when =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        Div comments = new Div(new H3(getTranslation("lessons.comments")));
        for (LessonComment comment : detail.comments()) {
            Div one = new Div(
                    new Span(comment.authorName() + " · "
                            + when.format(comment.createdAt().atZone(SwedishTime.ZONE))),
                    new Paragraph(comment.body()));
            one.addClassName("comment");
            comments.add(one);
        }
        TextArea body = new TextArea(getTranslation("lessons.comment.write"));
        body.setMaxLength(2000);
        body.setWidthFull();
        Paragraph error = new Paragraph();
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");
        Button send = new Button(getTranslation("lessons.comment.send"), click -> {
            try {
                lessons.comment(id, body.getValue());
                render(lessons.detail(id));
            } catch (RuntimeException refused) {
                String key = UserMessages.keyFor(refused);
                if (key == null) {
                    throw refused;
                }
                error.setText(getTranslation(key));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        comments.add(error, body, send);
        add(comments);
    }

    private void part(String key, String text) {
        if (text != null) {
            add(new H3(getTranslation(key)), new Paragraph(text));
        }
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
