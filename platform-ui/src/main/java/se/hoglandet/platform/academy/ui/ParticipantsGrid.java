package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import se.hoglandet.platform.academy.CourseSession;
import se.hoglandet.platform.academy.Enrolment;
import se.hoglandet.platform.academy.EnrolmentStatus;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * A session's participants: who holds a seat, who waits (in order), which meetings each attended; a confirmed
 * participant is marked as having completed the course (which gives the certificate) in a dialog that asks for the
 * day.
 */
class ParticipantsGrid extends Grid<Enrolment> {

    /**
     * @param names     organisation id → name
     * @param complete  the service call: enrolment id and day → the completed enrolment
     * @param changed   re-renders the page after a completion
     */
    ParticipantsGrid(
            CourseSession session,
            List<Enrolment> participants,
            Map<Long, String> names,
            BiFunction<Long, LocalDate, Enrolment> complete,
            Runnable changed) {
        addColumn(Enrolment::personName)
                .setHeader(getTranslation("academy.column.person"))
                .setFlexGrow(2);
        addColumn(e -> names.getOrDefault(e.organisationId(), ""))
                .setHeader(getTranslation("course.field.organiser"))
                .setAutoWidth(true);
        addColumn(e -> EnumLabel.of(this, "enrolment.status", e.status()))
                .setHeader(getTranslation("academy.column.status"))
                .setAutoWidth(true);
        addColumn(e -> e.attended().stream()
                        .sorted()
                        .map(meeting -> String.valueOf(meeting + 1))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("session.attended"))
                .setAutoWidth(true);
        addComponentColumn(e -> completion(session, e, complete, changed))
                .setHeader(getTranslation("session.completion"))
                .setAutoWidth(true);
        setItems(participants);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAriaLabel(getTranslation("session.participants"));
        setEmptyStateText(getTranslation("session.noParticipants"));
        setId("participants");
    }

    private Component completion(
            CourseSession session,
            Enrolment enrolment,
            BiFunction<Long, LocalDate, Enrolment> complete,
            Runnable changed) {
        if (enrolment.completedOn() != null) {
            return new Span(getTranslation("enrolment.completed", Formats.date(enrolment.completedOn())));
        }
        if (enrolment.status() != EnrolmentStatus.CONFIRMED) {
            return new Span();
        }
        Button button = new Button(getTranslation("session.complete"), click -> {
            CompletionForm form = new CompletionForm();
            form.edit(likelyDay(session));
            RecordDialog<LocalDate, Enrolment> dialog = new RecordDialog<>(
                    getTranslation("session.completeNamed", enrolment.personName()),
                    form,
                    day -> complete.apply(enrolment.id(), day),
                    "session.completedDone",
                    done -> changed.run());
            dialog.withSaveId("save-completion").open();
        });
        button.setAriaLabel(getTranslation("session.completeNamed", enrolment.personName()));
        button.setId("complete-" + enrolment.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** The day of the last meeting when it has been, else today (the service refuses a course not yet held). */
    private static LocalDate likelyDay(CourseSession session) {
        LocalDate last =
                session.meetings().getLast().startsAt().atZone(Formats.ZONE).toLocalDate();
        LocalDate today = Formats.today();
        return last.isAfter(today) ? today : last;
    }
}
