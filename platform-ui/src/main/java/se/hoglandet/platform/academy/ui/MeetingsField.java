package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import se.hoglandet.platform.academy.Meeting;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.Fields;

/**
 * A session's meetings: a start and an end for each, in Swedish time, and a button for one more. A meeting with only
 * one of the two is kept as typed, so that the service says what is missing instead of the form dropping it.
 */
class MeetingsField extends CustomField<List<Meeting>> {

    private final Div rows = new Div();
    private final List<DateTimePicker[]> pickers = new ArrayList<>();

    MeetingsField(String label) {
        setLabel(label);
        Button another = new Button(getTranslation("session.action.addMeeting"), click -> addRow(null));
        another.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        another.setId("add-meeting");
        add(rows, another);
    }

    @Override
    protected List<Meeting> generateModelValue() {
        List<Meeting> meetings = new ArrayList<>();
        for (DateTimePicker[] pair : pickers) {
            if (pair[0].getValue() != null || pair[1].getValue() != null) {
                meetings.add(new Meeting(instant(pair[0].getValue()), instant(pair[1].getValue())));
            }
        }
        return meetings;
    }

    @Override
    protected void setPresentationValue(List<Meeting> meetings) {
        rows.removeAll();
        pickers.clear();
        if (meetings == null || meetings.isEmpty()) {
            addRow(null);
        } else {
            meetings.forEach(this::addRow);
        }
    }

    private void addRow(Meeting meeting) {
        int number = pickers.size() + 1;
        DateTimePicker from = Fields.dateTimePicker(getTranslation("session.field.meetingStarts", number));
        DateTimePicker to = Fields.dateTimePicker(getTranslation("session.field.meetingEnds", number));
        from.setId("meeting-" + number + "-starts");
        to.setId("meeting-" + number + "-ends");
        if (meeting != null) {
            from.setValue(local(meeting.startsAt()));
            to.setValue(local(meeting.endsAt()));
        }
        from.addValueChangeListener(changed -> updateValue());
        to.addValueChangeListener(changed -> updateValue());
        pickers.add(new DateTimePicker[] {from, to});
        rows.add(new FormLayout(from, to));
    }

    static Instant instant(LocalDateTime value) {
        return value == null ? null : value.atZone(Formats.ZONE).toInstant();
    }

    static LocalDateTime local(Instant value) {
        return value == null ? null : LocalDateTime.ofInstant(value, Formats.ZONE);
    }
}
