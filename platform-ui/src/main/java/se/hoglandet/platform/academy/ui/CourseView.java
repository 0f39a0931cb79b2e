package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import se.hoglandet.platform.academy.Course;
import se.hoglandet.platform.academy.CourseDetail;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.EnrolmentService;
import se.hoglandet.platform.academy.EnrolmentStatus;
import se.hoglandet.platform.academy.SessionSummary;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;

/**
 * One course: what it is, who it is for, and its sessions with seats left, the waitlist and the reader's own place;
 * enrol, cancel, add the meetings to a calendar; managers enrol their staff; the organiser's academy administrators
 * edit the course, add sessions and open a session's participant list.
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
        renderOrNotFound(event, () -> {
            render(courses.detail(id));
        });
    }

    private void render(CourseDetail detail) {
        removeAll();
        Course course = detail.course();
        title = course.title();
        H2 heading = new H2(course.title());
        heading.setId("course-heading");
        FlexLayout badges = new FlexLayout(
                Badge.of(getTranslation("course.topic." + course.topic().name()), "badge"),
                Badge.of(getTranslation("course.format." + course.format().name()), "badge contrast"));
        if (course.basicAiLiteracy()) {
            badges.add(Badge.of(getTranslation("course.basicAiLiteracy"), "badge success"));
        }
        if (course.isDemo()) {
            badges.add(Badge.of(getTranslation("initiative.demo"), "badge warning"));
        }
        badges.addClassName("badges");
        add(heading, badges, new Paragraph(course.description()));
        if (detail.mayManage()) {
            List<Organisation> all = organisations.pickable();
            Button edit = new Button(
                    getTranslation("course.action.edit"),
                    click -> new CourseDialog(courses, all, course, saved -> refresh()).open());
            edit.setId("edit-course");
            Button addSession = new Button(
                    getTranslation("session.action.add"),
                    click -> new SessionDialog(courses, course.id(), all, null, this::refresh).open());
            addSession.setId("add-session");
            addSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            FlexLayout manage = new FlexLayout(edit, addSession);
            manage.addClassName("toolbar");
            add(manage);
        }

        DescriptionList facts = new DescriptionList();
        fact(facts, "course.field.organiser", course.organiser().name());
        fact(facts, "course.field.audience", audience(course));
        fact(
                facts,
                "course.field.validityMonths",
                course.validityMonths() == null
                        ? getTranslation("course.noExpiry")
                        : getTranslation("course.validity", course.validityMonths()));
        fact(
                facts,
                "course.field.level",
                getTranslation(
                        "initiative.level.short",
                        course.collaborationLevel().number(),
                        getTranslation("initiative.level."
                                + course.collaborationLevel().number())));
        add(section("course.section.facts", facts));
        if (!detail.openToMe()) {
            add(new Paragraph(getTranslation("course.notForYou")));
        }
        Section sessions = new Section(new H2(getTranslation("course.section.sessions")));
        sessions.addClassName("initiative-section");
        if (detail.sessions().isEmpty()) {
            sessions.add(new Paragraph(getTranslation("course.noSessions")));
        }
        detail.sessions().forEach(summary -> sessions.add(session(summary, detail)));
        add(sessions);
    }

    private String audience(Course course) {
        if (course.audienceRoles().isEmpty() && course.audienceOrganisationIds().isEmpty()) {
            return getTranslation("course.audience.everyone");
        }
        String roles = course.audienceRoles().stream()
                .sorted()
                .map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "));
        String names = organisations.pickable().stream()
                .filter(o -> course.audienceOrganisationIds().contains(o.id()))
                .map(Organisation::name)
                .collect(Collectors.joining(", "));
        return List.of(roles, names).stream().filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
    }

    private Component session(SessionSummary summary, CourseDetail detail) {
        var session = summary.session();
        Section box = new Section();
        box.addClassName("course-session");
        box.setId("session-" + session.id());
        H3 name = new H3(session.name());
        box.add(name);
        if (session.cancelled()) {
            box.add(Badge.of(getTranslation("session.cancelled"), "badge error"));
        }
        DescriptionList facts = new DescriptionList();
        fact(facts, "session.meetings", AcademyFormats.meetings(this, session));
        fact(facts, "session.field.place", session.place());
        fact(facts, "session.field.onlineLink", session.onlineLink());
        fact(facts, "session.field.teachers", session.teachers());
        fact(
                facts,
                "session.seats",
                getTranslation("session.seatsLeft", summary.seatsLeft(), session.capacity())
                        + (summary.waitlisted() > 0
                                ? " · " + getTranslation("session.waiting", summary.waitlisted())
                                : ""));
        fact(facts, "session.field.registrationCloses", AcademyFormats.dateTime(this, session.registrationCloses()));
        fact(
                facts,
                "session.field.cancellationDeadline",
                AcademyFormats.dateTime(this, session.cancellationDeadline()));
        if (session.managerApproval()) {
            fact(facts, "session.field.managerApproval", getTranslation("answer.YES"));
        }
        box.add(facts);

        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        if (summary.mine() != null) {
            EnrolmentStatus status = summary.mine().status();
            Paragraph mine = new Paragraph(
                    status == EnrolmentStatus.WAITLISTED
                            ? getTranslation("enrolment.mine.WAITLISTED", summary.waitlistPosition())
                            : getTranslation("enrolment.mine." + status.name()));
            mine.setId("my-enrolment-" + session.id());
            box.add(mine);
            Anchor calendar = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] bytes = enrolments.calendar(summary.mine().id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes),
                                "kurs-" + session.id() + ".ics",
                                "text/calendar",
                                bytes.length);
                    }),
                    getTranslation("enrolment.calendar"));
            calendar.setId("calendar-" + session.id());
            actions.add(calendar);
        }
        if (summary.mayEnrol()) {
            Button enrol = new Button(
                    getTranslation("enrolment.action.enrol"), click -> run(() -> enrolments.enrol(session.id())));
            enrol.setId("enrol-" + session.id());
            enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            enrol.setAriaLabel(getTranslation("enrolment.action.enrolNamed", session.name()));
            actions.add(enrol);
        }
        if (summary.mayCancel()) {
            Button cancel = new Button(
                    getTranslation("enrolment.action.cancel"),
                    click -> run(() -> enrolments.cancel(summary.mine().id())));
            cancel.setId("cancel-" + session.id());
            cancel.setAriaLabel(getTranslation("enrolment.action.cancelNamed", session.name()));
            actions.add(cancel);
        }
        if (summary.mayEnrolStaff()) {
            Button staff = new Button(getTranslation("enrolment.action.enrolStaff"), click -> staffDialog(summary));
            staff.setId("enrol-staff-" + session.id());
            actions.add(staff);
        }
        if (detail.mayManage()) {
            Anchor participants =
                    new Anchor("academy/sessions/" + session.id(), getTranslation("session.participants"));
            participants.setId("participants-" + session.id());
            actions.add(participants);
        }
        box.add(actions);
        return box;
    }

    private void staffDialog(SessionSummary summary) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("enrolment.action.enrolStaff"));
        ComboBox<Person> person = new ComboBox<>(getTranslation("enrolment.staff"));
        person.setItems(people.myStaff());
        person.setItemLabelGenerator(Person::displayName);
        person.setWidthFull();
        FormError error = new FormError();
        Button save = new Button(getTranslation("enrolment.action.enrol"), click -> {
            if (error.attempt(() -> enrolments.enrolStaff(
                    summary.session().id(),
                    person.getValue() == null ? null : person.getValue().id()))) {
                dialog.close();
                saved();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(error, person);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.setWidth("min(32em, 95vw)");
        dialog.open();
    }

    private void run(Runnable change) {
        if (attempt(change)) {
            saved();
        }
    }

    private void saved() {
        confirmSaved();
        refresh();
    }

    private void refresh() {
        render(courses.detail(id));
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
