package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.CourseSession;
import se.hoglandet.platform.academy.Enrolment;
import se.hoglandet.platform.academy.EnrolmentStatus;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PageTop;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;

/**
 * A session for the organiser's academy administrators: when and where, the check-in code, changing or cancelling
 * the session; its participants ({@link ParticipantsGrid}) and their attendance per meeting ({@link AttendanceForm}).
 */
@Route("academy/sessions/" + RouteIds.ID)
@RolesAllowed("ACADEMY_ADMIN")
public class SessionAdminView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final CourseService courses;
    private final OrganisationService organisations;
    private Long id;
    private String title = "";

    SessionAdminView(CourseService courses, OrganisationService organisations) {
        this.courses = courses;
        this.organisations = organisations;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, this::render);
    }

    private void render() {
        CourseSession session = courses.session(id);
        List<Enrolment> participants = courses.participants(id);
        List<Organisation> all = organisations.pickable();
        removeAll();
        title = session.course().title() + " – " + session.name();
        H2 heading = new H2(title);
        heading.setId("session-heading");
        String where = session.place() != null ? session.place() : session.onlineLink();
        Paragraph code = new Paragraph(getTranslation("session.checkInCode", session.checkInCode()));
        code.setId("check-in-code-shown");
        add(heading, new Paragraph(SessionCard.meetings(session) + " · " + where), code, toolbar(session, all));
        Map<Long, String> names = all.stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        Section list = section(
                "session.participants",
                new ParticipantsGrid(session, participants, names, courses::complete, this::render));
        add(list, attendance(session, participants));
    }

    private FlexLayout toolbar(CourseSession session, List<Organisation> all) {
        RouterLink back = new RouterLink(
                getTranslation("session.backToCourse"),
                CourseView.class,
                new RouteParameters("id", String.valueOf(session.course().id())));
        Button edit = new Button(
                getTranslation("session.action.edit"),
                click -> SessionDialog.open(
                        this,
                        all,
                        session.asDraft(),
                        false,
                        draft -> courses.updateSession(session.id(), session.version(), draft),
                        saved -> reopen()));
        edit.setId("edit-session");
        Button cancel = new Button(getTranslation("session.action.cancel"), click -> confirmCancel(session));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.setEnabled(!session.cancelled());
        cancel.setId("cancel-session");
        FlexLayout toolbar = new FlexLayout(back, edit, cancel);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    /** Cancelling tells every participant: asked once more, plainly. */
    private void confirmCancel(CourseSession session) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("session.action.cancel"),
                getTranslation("session.cancel.question", session.name()),
                getTranslation("session.cancel.confirm"),
                yes -> {
                    if (attempt(() -> courses.cancelSession(session.id(), session.version()))) {
                        Feedback.done(this, "session.cancelledDone", session.name());
                        reopen();
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("session.cancel.keep"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Attendance for one meeting at a time, from the confirmed participants. */
    private Section attendance(CourseSession session, List<Enrolment> participants) {
        AttendanceForm form = new AttendanceForm(
                session,
                participants.stream()
                        .filter(e -> e.status() == EnrolmentStatus.CONFIRMED)
                        .toList());
        form.edit(form.recorded(AttendanceForm.latestBegun(session, Instant.now())));
        FormError error = new FormError();
        form.explainWith(error::show);
        Button save = new Button(
                getTranslation("session.saveAttendance"),
                click -> form.validDraft().ifPresent(attendance -> {
                    if (error.attempt(
                            () -> courses.recordAttendance(session.id(), attendance.meeting(), attendance.present()))) {
                        Feedback.done(this, "session.attendanceSaved", attendance.meeting() + 1);
                        render();
                    }
                }));
        save.setId("save-attendance");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return section("session.attendance", new com.vaadin.flow.component.html.Div(error, form, save));
    }

    private void reopen() {
        render();
        PageTop.show(this);
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
