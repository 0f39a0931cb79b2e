package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.hoglandet.platform.academy.CourseSession;
import se.hoglandet.platform.academy.Enrolment;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.DraftForm;

/**
 * Attendance at one meeting of a session: which meeting, and which of the confirmed participants were there. Choosing
 * a meeting shows who is recorded as present at it. The core takes the meeting and the enrolments' ids, so the form's
 * draft is that pair.
 */
class AttendanceForm extends Composite<FormLayout> implements DraftForm<AttendanceForm.Attendance> {

    /** Exactly these enrolments were present at the meeting (0 = the first). */
    record Attendance(int meeting, Set<Long> present) {}

    private final ComboBox<Integer> meeting = new ComboBox<>();
    private final CheckboxGroup<Enrolment> present = new CheckboxGroup<>();
    private final List<Enrolment> confirmed;
    private Consumer<String> explain = reason -> {};

    AttendanceForm(CourseSession session, List<Enrolment> confirmed) {
        this.confirmed = confirmed;
        meeting.setLabel(getTranslation("session.meeting"));
        meeting.setItems(IntStream.range(0, session.meetings().size()).boxed().toList());
        meeting.setItemLabelGenerator(i -> getTranslation(
                "session.meetingNumber",
                i + 1,
                Formats.period(
                        session.meetings().get(i).startsAt(),
                        session.meetings().get(i).endsAt())));
        meeting.setRequiredIndicatorVisible(true);
        meeting.setId("attendance-meeting");
        present.setLabel(getTranslation("session.present"));
        present.setItems(confirmed);
        present.setItemLabelGenerator(Enrolment::personName);
        present.setId("attendance-present");
        meeting.addValueChangeListener(change -> present.setValue(recordedAt(change.getValue())));
        getContent().add(meeting, present);
        getContent().setColspan(present, 2);
    }

    /** The meeting a new registration is most likely about: the latest that has begun, else the first. */
    static int latestBegun(CourseSession session, Instant now) {
        int latest = 0;
        for (int i = 0; i < session.meetings().size(); i++) {
            if (!session.meetings().get(i).startsAt().isAfter(now)) {
                latest = i;
            }
        }
        return latest;
    }

    @Override
    public void edit(Attendance draft) {
        meeting.setValue(draft.meeting());
        present.setValue(
                confirmed.stream().filter(e -> draft.present().contains(e.id())).collect(Collectors.toSet()));
    }

    /** What is recorded for a meeting now. */
    Attendance recorded(int at) {
        return new Attendance(at, recordedAt(at).stream().map(Enrolment::id).collect(Collectors.toSet()));
    }

    @Override
    public Optional<Attendance> validDraft() {
        if (meeting.getValue() == null) {
            meeting.setInvalid(true);
            meeting.setErrorMessage(getTranslation("session.error.chooseMeeting"));
            explain.accept(getTranslation("session.error.chooseMeeting"));
            return Optional.empty();
        }
        meeting.setInvalid(false);
        return Optional.of(new Attendance(
                meeting.getValue(),
                present.getValue().stream().map(Enrolment::id).collect(Collectors.toSet())));
    }

    @Override
    public void explainWith(Consumer<String> explain) {
        this.explain = explain;
    }

    private Set<Enrolment> recordedAt(Integer at) {
        return confirmed.stream()
                .filter(e -> at != null && e.attended().contains(at))
                .collect(Collectors.toSet());
    }
}
