package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.CourseSession;
import se.hoglandet.platform.academy.Enrolment;
import se.hoglandet.platform.academy.EnrolmentStatus;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;

/**
 * A session's participants for the organiser's academy administrators: who holds a seat, who waits (in order), who
 * attended which meeting; attendance per meeting, completion (which gives the certificate), the check-in code,
 * changing or cancelling the session.
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
        renderOrNotFound(event, () -> {
            render();
        });
    }

    private void render() {
        CourseSession session = courses.session(id);
        List<Enrolment> participants = courses.participants(id);
        removeAll();
        List<Organisation> all = organisations.pickable();
        Map<Long, String> names = all.stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        title = session.course().title() + " – " + session.name();
        H2 heading = new H2(title);
        heading.setId("session-heading");
        Paragraph facts = new Paragraph(AcademyFormats.meetings(this, session) + " · " + AcademyFormats.where(session));
        Paragraph code = new Paragraph(getTranslation("session.checkInCode", session.checkInCode()));
        code.setId("check-in-code-shown");
        Anchor back = new Anchor("academy/courses/" + session.course().id(), getTranslation("session.backToCourse"));
        Button edit = new Button(
                getTranslation("session.action.edit"),
                click -> new SessionDialog(courses, session.course().id(), all, session, this::render).open());
        Button cancel = new Button(
                getTranslation("session.action.cancel"),
                click -> act(() -> courses.cancelSession(session.id(), session.version())));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.setEnabled(!session.cancelled());
        FlexLayout toolbar = new FlexLayout(back, edit, cancel);
        toolbar.addClassName("toolbar");
        add(heading, facts, code, toolbar);

        Grid<Enrolment> grid = new Grid<>();
        grid.addColumn(Enrolment::personName)
                .setHeader(getTranslation("academy.column.person"))
                .setAutoWidth(true);
        grid.addColumn(e -> names.getOrDefault(e.organisationId(), ""))
                .setHeader(getTranslation("course.field.organiser"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("enrolment.status." + e.status().name()))
                .setHeader(getTranslation("academy.column.status"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.attended().stream()
                        .sorted()
                        .map(p -> String.valueOf(p + 1))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("session.attended"))
                .setAutoWidth(true);
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addComponentColumn(e -> {
                    if (e.completedOn() != null) {
                        return new Span(getTranslation("enrolment.completed", date.format(e.completedOn())));
                    }
                    if (e.status() != EnrolmentStatus.CONFIRMED) {
                        return new Span();
                    }
                    Button complete = new Button(
                            getTranslation("session.complete"),
                            click -> act(() -> courses.complete(e.id(), LocalDate.now(SwedishTime.ZONE))));
                    complete.setAriaLabel(getTranslation("session.completeNamed", e.personName()));
                    complete.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return complete;
                })
                .setHeader(getTranslation("session.completion"))
                .setAutoWidth(true);
        grid.setItems(participants);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("session.participants"));
        grid.setEmptyStateText(getTranslation("session.noParticipants"));
        grid.setId("participants");
        add(new Section(new H2(getTranslation("session.participants")), grid));

        // Attendance for one meeting at a time, from the list of confirmed participants.
        List<Enrolment> confirmed = participants.stream()
                .filter(e -> e.status() == EnrolmentStatus.CONFIRMED)
                .toList();
        ComboBox<Integer> meeting = new ComboBox<>(getTranslation("session.meeting"));
        meeting.setItems(IntStream.range(0, session.meetings().size()).boxed().toList());
        meeting.setItemLabelGenerator(i -> getTranslation(
                "session.meetingNumber",
                i + 1,
                AcademyFormats.meeting(this, session.meetings().get(i))));
        meeting.setValue(0);
        meeting.setId("attendance-meeting");
        meeting.setWidth("min(30em, 100%)");
        CheckboxGroup<Enrolment> present = new CheckboxGroup<>(getTranslation("session.present"));
        present.setItems(confirmed);
        present.setItemLabelGenerator(Enrolment::personName);
        present.setId("attendance-present");
        Runnable showAttendance = () -> present.setValue(confirmed.stream()
                .filter(e -> meeting.getValue() != null && e.attended().contains(meeting.getValue()))
                .collect(Collectors.toSet()));
        meeting.addValueChangeListener(change -> showAttendance.run());
        showAttendance.run();
        FormError error = new FormError();
        Button save = new Button(getTranslation("session.saveAttendance"), click -> {
            if (error.attempt(() -> courses.recordAttendance(
                    session.id(),
                    meeting.getValue() == null ? -1 : meeting.getValue(),
                    present.getValue().stream().map(Enrolment::id).collect(Collectors.toSet())))) {
                saved();
            }
        });
        save.setId("save-attendance");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section attendance = new Section(new H2(getTranslation("session.attendance")), error, meeting, present, save);
        attendance.addClassName("initiative-section");
        add(attendance);
    }

    private void act(Runnable change) {
        if (attempt(change)) {
            saved();
        }
    }

    private void saved() {
        confirmSaved();
        render();
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
