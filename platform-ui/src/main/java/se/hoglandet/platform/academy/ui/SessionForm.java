package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.academy.SessionDraft;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.NumberInput;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * A session of a course, over the core's {@link SessionDraft}: its meetings, place or link, capacity, seats per
 * organisation, the registration window and the last moment to cancel, all in Swedish time. What the service checks
 * (meetings in order, registration before the first meeting) it also explains.
 */
class SessionForm extends RecordForm<SessionDraft> {

    SessionForm(List<Organisation> organisations) {
        super(SessionDraft.class);
        TextField name = text("session.field.name", "session-name");
        name.setMaxLength(200);
        TextField place = text("session.field.place", "session-place");
        TextField link = text("session.field.onlineLink", "session-link");
        link.setHelperText(getTranslation("session.field.onlineLink.help"));
        link.setMaxLength(500);
        TextField teachers = text("session.field.teachers", "session-teachers");
        NumberInput<Integer> capacity = NumberInput.whole(getTranslation("session.field.capacity"), 1, 10_000);
        capacity.setId("session-capacity");
        DateTimePicker opens = picker("session.field.registrationOpens", "session-opens");
        DateTimePicker closes = picker("session.field.registrationCloses", "session-closes");
        DateTimePicker deadline = picker("session.field.cancellationDeadline", "session-deadline");
        Checkbox approval = new Checkbox(getTranslation("session.field.managerApproval"));
        approval.setId("session-approval");
        MeetingsField meetings = new MeetingsField(getTranslation("session.meetings"));
        meetings.setId("session-meetings");
        QuotasField quotas = new QuotasField(getTranslation("session.quotas"), organisations);
        quotas.setId("session-quotas");

        binder.forField(name).asRequired(getTranslation("session.error.name")).bind("name");
        binder.forField(meetings).bind("meetings");
        binder.forField(place).withNullRepresentation("").bind("place");
        binder.forField(link).withNullRepresentation("").bind("onlineLink");
        binder.forField(teachers).withNullRepresentation("").bind("teachers");
        binder.forField(capacity)
                .asRequired(getTranslation("session.error.capacity"))
                .bind("capacity");
        binder.forField(quotas).bind("quotas");
        binder.forField(opens).withConverter(swedishTime()).bind("registrationOpens");
        binder.forField(closes).withConverter(swedishTime()).bind("registrationCloses");
        binder.forField(deadline).withConverter(swedishTime()).bind("cancellationDeadline");
        binder.forField(approval).bind("managerApproval");

        FormLayout form = getContent();
        form.add(name, capacity, place, link, teachers, opens, closes, deadline, approval, meetings, quotas);
        form.setColspan(meetings, 2);
        form.setColspan(quotas, 2);
    }

    /** A new session: 20 seats, registration open from now; the rest is the administrator's to fill in. */
    static SessionDraft newSession() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        return new SessionDraft("", List.of(), null, null, null, 20, Map.of(), now, null, null, false);
    }

    private TextField text(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(300);
        return field;
    }

    /** The picker's local date and time ↔ the moment, in Swedish time. */
    private static Converter<LocalDateTime, Instant> swedishTime() {
        return Converter.from(local -> Result.ok(MeetingsField.instant(local)), MeetingsField::local);
    }

    private DateTimePicker picker(String labelKey, String id) {
        DateTimePicker picker = Fields.dateTimePicker(getTranslation(labelKey));
        picker.setId(id);
        return picker;
    }
}
