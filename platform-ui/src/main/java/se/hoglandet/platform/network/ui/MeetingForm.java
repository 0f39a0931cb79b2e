package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.converter.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import se.hoglandet.platform.network.MeetingDraft;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * A meeting's title, time, place or link and, when planning, its first agenda items (one per line), over the core's
 * {@link MeetingDraft}. The core refuses a meeting that ends before it starts.
 */
class MeetingForm extends RecordForm<MeetingDraft> {

    MeetingForm(boolean planning) {
        super(MeetingDraft.class);
        TextField title = new TextField(getTranslation("meeting.field.title"));
        title.setId("meeting-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        DateTimePicker starts = Fields.dateTimePicker(getTranslation("meeting.field.starts"));
        starts.setId("meeting-starts");
        DateTimePicker ends = Fields.dateTimePicker(getTranslation("meeting.field.ends"));
        ends.setId("meeting-ends");
        TextField place = new TextField(getTranslation("meeting.field.place"));
        place.setId("meeting-place");
        place.setMaxLength(300);
        TextField link = new TextField(getTranslation("meeting.field.link"));
        link.setId("meeting-link");
        link.setMaxLength(500);
        TextArea agenda = new TextArea(getTranslation("meeting.field.agenda"));
        agenda.setHelperText(getTranslation("meeting.field.agenda.help"));
        agenda.setId("meeting-agenda");
        agenda.setVisible(planning);

        binder.forField(title)
                .asRequired(getTranslation("network.error.meetingTitle"))
                .bind("title");
        binder.forField(starts)
                .asRequired(getTranslation("network.error.meetingTime"))
                .withConverter(moment())
                .bind("startsAt");
        binder.forField(ends)
                .asRequired(getTranslation("network.error.meetingTime"))
                .withConverter(moment())
                .bind("endsAt");
        binder.forField(place).bind("place");
        binder.forField(link).bind("onlineLink");
        binder.forField(agenda).withConverter(lines()).bind("agenda");
        getContent().add(title, starts, ends, place, link, agenda);
        twoColumns();
        getContent().setColspan(title, 2);
        getContent().setColspan(agenda, 2);
    }

    /** A time picked in Swedish time ↔ the instant the core keeps. */
    private static Converter<LocalDateTime, Instant> moment() {
        return Converter.from(
                local -> com.vaadin.flow.data.binder.Result.ok(
                        local == null ? null : local.atZone(Formats.ZONE).toInstant()),
                instant -> instant == null ? null : LocalDateTime.ofInstant(instant, Formats.ZONE));
    }

    /** One agenda item per line, blank lines dropped. */
    private static Converter<String, List<String>> lines() {
        return Converter.from(
                typed -> com.vaadin.flow.data.binder.Result.ok(Arrays.stream((typed == null ? "" : typed).split("\n"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList()),
                items -> items == null ? "" : String.join("\n", items));
    }
}
