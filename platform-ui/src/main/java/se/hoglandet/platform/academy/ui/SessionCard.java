package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.hoglandet.platform.academy.CourseSession;
import se.hoglandet.platform.academy.Enrolment;
import se.hoglandet.platform.academy.EnrolmentService;
import se.hoglandet.platform.academy.EnrolmentStatus;
import se.hoglandet.platform.academy.SessionSummary;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.DownloadLink;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.form.ChoiceForm;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * One session on a course page as the reader sees it: when and where, seats left and the waitlist, the reader's own
 * place; enrolling, cancelling, the calendar file; enrolling a member of staff; the participant list for the
 * organiser. What the reader may do comes from the service's {@link SessionSummary}.
 */
class SessionCard extends Section implements PageParts {

    private final SessionSummary summary;
    private final CourseSession session;
    private final EnrolmentService enrolments;
    private final Runnable changed;

    /**
     * @param manage   the reader manages the course (the participant list)
     * @param staff    the reader's staff, asked for when they open the enrolment dialog
     * @param changed  re-renders the page after a change
     */
    SessionCard(
            SessionSummary summary,
            boolean manage,
            EnrolmentService enrolments,
            Supplier<List<Person>> staff,
            Runnable changed) {
        this.summary = summary;
        this.session = summary.session();
        this.enrolments = enrolments;
        this.changed = changed;
        addClassName("course-session");
        setId("session-" + session.id());
        add(new H3(session.name()));
        if (session.cancelled()) {
            add(Badge.of(getTranslation("session.cancelled"), "badge error"));
        }
        add(facts());
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        if (summary.mine() != null) {
            add(mine(summary.mine()));
            actions.add(calendar(summary.mine()));
        }
        if (summary.mayEnrol()) {
            Button enrol = button("enrolment.action.enrol", "enrol-", "enrolment.action.enrolNamed", () -> {
                enrolments.enrol(session.id());
                Feedback.done(this, "enrolment.done", session.course().title());
            });
            enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(enrol);
        }
        if (summary.mayCancel()) {
            actions.add(button("enrolment.action.cancel", "cancel-", "enrolment.action.cancelNamed", () -> {
                enrolments.cancel(summary.mine().id());
                Feedback.done(this, "enrolment.cancelled", session.course().title());
            }));
        }
        if (summary.mayEnrolStaff()) {
            Button enrolStaff =
                    new Button(getTranslation("enrolment.action.enrolStaff"), click -> enrolStaff(staff.get()));
            enrolStaff.setId("enrol-staff-" + session.id());
            actions.add(enrolStaff);
        }
        if (manage) {
            RouterLink participants = new RouterLink(
                    getTranslation("session.participants"),
                    SessionAdminView.class,
                    new RouteParameters("id", String.valueOf(session.id())));
            participants.setId("participants-" + session.id());
            actions.add(participants);
        }
        add(actions);
    }

    private DescriptionList facts() {
        DescriptionList facts = new DescriptionList();
        fact(facts, "session.meetings", meetings(session));
        fact(facts, "session.field.place", session.place());
        fact(facts, "session.field.onlineLink", session.onlineLink());
        fact(facts, "session.field.teachers", session.teachers());
        String seats = getTranslation("session.seatsLeft", summary.seatsLeft(), session.capacity());
        if (summary.waitlisted() > 0) {
            seats += " · " + getTranslation("session.waiting", summary.waitlisted());
        }
        fact(facts, "session.seats", seats);
        fact(facts, "session.field.registrationCloses", Formats.dateTime(session.registrationCloses()));
        fact(facts, "session.field.cancellationDeadline", Formats.dateTime(session.cancellationDeadline()));
        if (session.managerApproval()) {
            fact(facts, "session.field.managerApproval", getTranslation("answer.YES"));
        }
        return facts;
    }

    /** Every meeting of a session, in Swedish time: {@code 27 dec. 2026 09:00–12:00; 3 jan. 2027 09:00–12:00}. */
    static String meetings(CourseSession session) {
        return session.meetings().stream()
                .map(meeting -> Formats.period(meeting.startsAt(), meeting.endsAt()))
                .collect(Collectors.joining("; "));
    }

    private Paragraph mine(Enrolment mine) {
        Paragraph text = new Paragraph(
                mine.status() == EnrolmentStatus.WAITLISTED
                        ? getTranslation("enrolment.mine.WAITLISTED", summary.waitlistPosition())
                        : getTranslation("enrolment.mine." + mine.status().name()));
        text.setId("my-enrolment-" + session.id());
        return text;
    }

    private Anchor calendar(Enrolment mine) {
        Anchor calendar = DownloadLink.of(
                getTranslation("enrolment.calendar"),
                "kurs-" + session.id() + ".ics",
                "text/calendar",
                () -> enrolments.calendar(mine.id()));
        calendar.setId("calendar-" + session.id());
        return calendar;
    }

    /** A button for the reader's own enrolment, named with the session for screen readers. */
    private Button button(String textKey, String idPrefix, String namedKey, Runnable change) {
        Button button = new Button(getTranslation(textKey), click -> {
            if (attempt(change)) {
                changed.run();
            }
        });
        button.setId(idPrefix + session.id());
        button.setAriaLabel(getTranslation(namedKey, session.name()));
        return button;
    }

    private void enrolStaff(List<Person> staff) {
        ChoiceForm<Person> form = new ChoiceForm<>(
                getTranslation("enrolment.staff"), staff, Person::displayName, getTranslation("enrolment.error.staff"));
        form.field().setId("enrol-staff-person");
        RecordDialog<Person, Enrolment> dialog = new RecordDialog<>(
                getTranslation("enrolment.action.enrolStaffIn", session.name()),
                form,
                person -> enrolments.enrolStaff(session.id(), person.id()),
                "enrolment.staffEnrolled",
                enrolment -> changed.run());
        dialog.withSaveText(getTranslation("enrolment.action.enrol"))
                .withSaveId("save-enrol-staff")
                .open();
    }
}
