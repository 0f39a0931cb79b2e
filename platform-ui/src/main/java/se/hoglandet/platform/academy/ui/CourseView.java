package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.hoglandet.platform.academy.Course;
import se.hoglandet.platform.academy.CourseDetail;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.EnrolmentService;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PageTop;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;

/**
 * One course: what it is and who it is for, and its sessions ({@link SessionCard}); the organiser's academy
 * administrators change the course and add sessions.
 */
@Route("academy/courses/" + RouteIds.ID)
@PermitAll
public class CourseView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final CourseService courses;
    private final EnrolmentService enrolments;
    private final OrganisationService organisations;
    private final PersonService people;
    private Long id;
    private String title = "";

    CourseView(
            CourseService courses,
            EnrolmentService enrolments,
            OrganisationService organisations,
            PersonService people) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.organisations = organisations;
        this.people = people;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, this::refresh);
    }

    private void refresh() {
        CourseDetail detail = courses.detail(id);
        Course course = detail.course();
        title = course.title();
        removeAll();
        H2 heading = new H2(course.title());
        heading.setId("course-heading");
        add(heading, badges(course), new Paragraph(course.description()));
        // The organisations' names are needed for the audience and for the forms only.
        List<Organisation> all =
                detail.mayManage() || !course.audienceOrganisationIds().isEmpty()
                        ? organisations.pickable()
                        : List.of();
        if (detail.mayManage()) {
            add(manage(course, all));
        }
        add(section("course.section.facts", facts(course, all)));
        if (!detail.openToMe()) {
            add(new Paragraph(getTranslation("course.notForYou")));
        }
        Div sessions = new Div();
        if (detail.sessions().isEmpty()) {
            sessions.add(new Paragraph(getTranslation("course.noSessions")));
        }
        detail.sessions()
                .forEach(summary -> sessions.add(
                        new SessionCard(summary, detail.mayManage(), enrolments, people::myStaff, this::refresh)));
        add(section("course.section.sessions", sessions));
    }

    private FlexLayout badges(Course course) {
        FlexLayout badges = new FlexLayout(
                Badge.of(EnumLabel.of(this, "course.topic", course.topic()), "badge"),
                Badge.of(EnumLabel.of(this, "course.format", course.format()), "badge contrast"));
        if (course.basicAiLiteracy()) {
            badges.add(Badge.of(getTranslation("course.basicAiLiteracy"), "badge success"));
        }
        if (course.isDemo()) {
            badges.add(Badge.of(getTranslation("initiative.demo"), "badge warning"));
        }
        badges.addClassName("badges");
        return badges;
    }

    /** Changing the course and adding sessions; after saving, the course opens again at its top. */
    private FlexLayout manage(Course course, List<Organisation> all) {
        Button edit = new Button(
                getTranslation("course.action.edit"),
                click -> CourseDialog.open(
                        this,
                        all,
                        course.asDraft(),
                        draft -> courses.update(course.id(), course.version(), draft),
                        saved -> reopen()));
        edit.setId("edit-course");
        Button addSession = new Button(
                getTranslation("session.action.add"),
                click -> SessionDialog.open(
                        this,
                        all,
                        SessionForm.newSession(),
                        true,
                        draft -> courses.addSession(course.id(), draft),
                        saved -> reopen()));
        addSession.setId("add-session");
        addSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout manage = new FlexLayout(edit, addSession);
        manage.addClassName("toolbar");
        return manage;
    }

    private DescriptionList facts(Course course, List<Organisation> all) {
        DescriptionList facts = new DescriptionList();
        fact(facts, "course.field.organiser", course.organiser().name());
        fact(facts, "course.field.audience", audience(course, all));
        fact(
                facts,
                "course.field.validityMonths",
                course.validityMonths() == null
                        ? getTranslation("course.noExpiry")
                        : getTranslation("course.validity", course.validityMonths()));
        int level = course.collaborationLevel().number();
        fact(
                facts,
                "course.field.level",
                getTranslation("initiative.level.short", level, getTranslation("initiative.level." + level)));
        return facts;
    }

    private String audience(Course course, List<Organisation> all) {
        if (course.audienceRoles().isEmpty() && course.audienceOrganisationIds().isEmpty()) {
            return getTranslation("course.audience.everyone");
        }
        String roles = course.audienceRoles().stream()
                .sorted()
                .map(role -> EnumLabel.of(this, "role", role))
                .collect(Collectors.joining(", "));
        String names = all.stream()
                .filter(o -> course.audienceOrganisationIds().contains(o.id()))
                .map(Organisation::name)
                .collect(Collectors.joining(", "));
        return Stream.of(roles, names).filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
    }

    private void reopen() {
        refresh();
        PageTop.show(this);
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
