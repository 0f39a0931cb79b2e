package se.hoglandet.platform.academy;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.shared.SwedishTime;

/**
 * Tells a participant what happened to their enrolment, with date, time and place and a calendar file (iCal) to add
 * or remove the meetings: confirmation, waitlist, promotion, approval, cancellation, reminder. After the commit,
 * retried if the mail server refuses.
 */
@Component
class AcademyNotifier {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("sv"))
            .withZone(SwedishTime.ZONE);

    private final EnrolmentService enrolments;
    private final NotificationService notifications;

    AcademyNotifier(EnrolmentService enrolments, NotificationService notifications) {
        this.enrolments = enrolments;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(EnrolmentNotice event) {
        enrolments.notice(event.enrolmentId(), event.kind()).ifPresent(notice -> {
            NotificationKind kind = event.kind() == EnrolmentNotice.Kind.REMINDER
                    ? NotificationKind.ACADEMY_REMINDER
                    : NotificationKind.ACADEMY_ENROLMENT;
            NotificationService.Message message = new NotificationService.Message(
                    kind,
                    event.kind().name(),
                    "academy/mine",
                    notice.courseTitle(),
                    notice.sessionName(),
                    WHEN.format(notice.firstStartsAt()),
                    notice.where());
            notifications.send(
                    notice.personId(),
                    message,
                    new NotificationService.Attachment(
                            "kurs.ics",
                            "text/calendar; charset=UTF-8; method=" + (notice.cancelled() ? "CANCEL" : "PUBLISH"),
                            notice.calendar()));
        });
    }
}
