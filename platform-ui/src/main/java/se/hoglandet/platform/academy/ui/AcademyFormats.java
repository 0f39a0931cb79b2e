package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import se.hoglandet.platform.academy.CourseSession;
import se.hoglandet.platform.academy.Meeting;
import se.hoglandet.platform.shared.SwedishTime;

/** Dates and times of the academy's sessions, in Swedish time and the reader's language. */
final class AcademyFormats {

    private AcademyFormats() {}

    static String dateTime(Component component, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(component))
                .format(instant.atZone(SwedishTime.ZONE));
    }

    static String meeting(Component component, Meeting meeting) {
        return dateTime(component, meeting.startsAt()) + "–"
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale(component))
                        .format(meeting.endsAt().atZone(SwedishTime.ZONE));
    }

    static String meetings(Component component, CourseSession session) {
        return session.meetings().stream().map(m -> meeting(component, m)).collect(Collectors.joining("; "));
    }

    private static java.util.Locale locale(Component component) {
        return component
                .getUI()
                .map(com.vaadin.flow.component.UI::getLocale)
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() == null
                        ? java.util.Locale.forLanguageTag("sv")
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
    }

    static String where(CourseSession session) {
        return session.place() != null ? session.place() : session.onlineLink();
    }
}
