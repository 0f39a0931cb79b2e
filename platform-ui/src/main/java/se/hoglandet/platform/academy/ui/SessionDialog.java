package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.CourseSession;
import se.hoglandet.platform.academy.Meeting;
import se.hoglandet.platform.academy.SessionDraft;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.form.NumberInput;

/**
 * Adds a session to a course or changes one: its meetings (start and end of each), place or link, capacity, seats
 * per organisation, the registration window and the cancellation deadline.
 */
class SessionDialog extends Dialog {

    private final List<DateTimePicker[]> meetings = new ArrayList<>();
    private final Div meetingFields = new Div();

    SessionDialog(
            CourseService courses,
            Long courseId,
            List<Organisation> organisations,
            CourseSession existing,
            Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "session.action.add" : "session.action.edit"));
        TextField name = new TextField(getTranslation("session.field.name"));
        name.setId("session-name");
        name.setRequiredIndicatorVisible(true);
        TextField place = new TextField(getTranslation("session.field.place"));
        place.setId("session-place");
        TextField link = new TextField(getTranslation("session.field.onlineLink"));
        link.setHelperText(getTranslation("session.field.onlineLink.help"));
        TextField teachers = new TextField(getTranslation("session.field.teachers"));
        NumberInput<Integer> capacity = NumberInput.whole(getTranslation("session.field.capacity"), 1, 10_000);
        capacity.setId("session-capacity");
        capacity.setValue(20);
        DateTimePicker opens = new DateTimePicker(getTranslation("session.field.registrationOpens"));
        opens.setValue(LocalDateTime.now(SwedishTime.ZONE).withSecond(0).withNano(0));
        DateTimePicker closes = new DateTimePicker(getTranslation("session.field.registrationCloses"));
        DateTimePicker deadline = new DateTimePicker(getTranslation("session.field.cancellationDeadline"));
        Checkbox approval = new Checkbox(getTranslation("session.field.managerApproval"));
        Map<Organisation, NumberInput<Integer>> quotas = new LinkedHashMap<>();
        FormLayout quotaFields = new FormLayout();
        for (Organisation organisation : organisations) {
            NumberInput<Integer> seats =
                    NumberInput.whole(getTranslation("session.field.quotaFor", organisation.name()), 0, 10_000);
            quotas.put(organisation, seats);
            quotaFields.add(seats);
        }
        if (existing != null) {
            name.setValue(existing.name());
            place.setValue(existing.place() == null ? "" : existing.place());
            link.setValue(existing.onlineLink() == null ? "" : existing.onlineLink());
            teachers.setValue(existing.teachers() == null ? "" : existing.teachers());
            capacity.setValue(existing.capacity());
            opens.setValue(local(existing.registrationOpens()));
            closes.setValue(local(existing.registrationCloses()));
            deadline.setValue(local(existing.cancellationDeadline()));
            approval.setValue(existing.managerApproval());
            quotas.forEach((organisation, field) -> field.setValue(existing.quotaOf(organisation.id())));
            existing.meetings().forEach(m -> addMeeting(local(m.startsAt()), local(m.endsAt())));
        } else {
            addMeeting(null, null);
        }
        Button another = new Button(getTranslation("session.action.addMeeting"), click -> addMeeting(null, null));
        another.setId("add-meeting");
        FormError error = new FormError();
        Button save = new Button(getTranslation("action.save"), click -> {
            if (error.attempt(() -> {
                List<Meeting> chosen = new ArrayList<>();
                for (DateTimePicker[] pair : meetings) {
                    if (pair[0].getValue() != null || pair[1].getValue() != null) {
                        chosen.add(new Meeting(instant(pair[0].getValue()), instant(pair[1].getValue())));
                    }
                }
                Map<Long, Integer> seats = new LinkedHashMap<>();
                quotas.forEach((organisation, field) -> {
                    Integer quota = field.parsed();
                    if (quota != null) {
                        seats.put(organisation.id(), quota);
                    }
                });
                SessionDraft draft = new SessionDraft(
                        name.getValue(),
                        chosen,
                        place.getValue(),
                        link.getValue(),
                        teachers.getValue(),
                        capacity.parsedOr(0),
                        seats,
                        instant(opens.getValue()),
                        instant(closes.getValue()),
                        instant(deadline.getValue()),
                        approval.getValue());
                if (existing == null) {
                    courses.addSession(courseId, draft);
                } else {
                    courses.updateSession(existing.id(), existing.version(), draft);
                }
            })) {
                close();
                saved.run();
            }
        });
        save.setId("save-session");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, capacity, place, link, teachers, opens, closes, deadline, approval);
        add(
                error,
                form,
                new H3(getTranslation("session.meetings")),
                meetingFields,
                another,
                new H3(getTranslation("session.quotas")),
                quotaFields);
        getFooter().add(new Button(getTranslation("action.cancel"), c -> close()), save);
        setWidth("min(56em, 95vw)");
    }

    private void addMeeting(LocalDateTime start, LocalDateTime end) {
        int number = meetings.size() + 1;
        DateTimePicker from = new DateTimePicker(getTranslation("session.field.meetingStarts", number));
        DateTimePicker to = new DateTimePicker(getTranslation("session.field.meetingEnds", number));
        from.setId("meeting-" + number + "-starts");
        to.setId("meeting-" + number + "-ends");
        from.setValue(start);
        to.setValue(end);
        meetings.add(new DateTimePicker[] {from, to});
        meetingFields.add(new FormLayout(from, to));
    }

    private static java.time.Instant instant(LocalDateTime value) {
        return value == null ? null : value.atZone(SwedishTime.ZONE).toInstant();
    }

    private static LocalDateTime local(java.time.Instant value) {
        return value == null ? null : LocalDateTime.ofInstant(value, SwedishTime.ZONE);
    }
}
