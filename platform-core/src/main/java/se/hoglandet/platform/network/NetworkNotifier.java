package se.hoglandet.platform.network;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.calendar.ICalendar;

/**
 * Tells people what a network asks of them, after the commit (retried if the mail server refuses): members are
 * invited to a meeting with its calendar file and reminded the day before; an action's owner hears they have one;
 * coordinators hear of requests to join; a person added to a network hears of it.
 */
@Component
class NetworkNotifier {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("sv"))
            .withZone(SwedishTime.ZONE);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));

    private final NetworkRepository networks;
    private final NetworkMeetingRepository meetings;
    private final NetworkMemberRepository members;
    private final NetworkActionRepository actions;
    private final NotificationService notifications;
    private final Clock clock;

    NetworkNotifier(
            NetworkRepository networks,
            NetworkMeetingRepository meetings,
            NetworkMemberRepository members,
            NetworkActionRepository actions,
            NotificationService notifications,
            Clock clock) {
        this.networks = networks;
        this.meetings = meetings;
        this.members = members;
        this.actions = actions;
        this.notifications = notifications;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(NetworkEvents.MeetingPlanned event) {
        invite(event.meetingId(), event.moved() ? "moved" : "invited");
    }

    @ApplicationModuleListener
    void on(NetworkEvents.MeetingReminderDue event) {
        invite(event.meetingId(), "reminder");
    }

    @ApplicationModuleListener
    void on(NetworkEvents.ActionGiven event) {
        actions.findWithOwnerById(event.actionId()).ifPresent(action -> {
            Network network = networks.findById(action.networkId()).orElseThrow();
            notifications.send(
                    action.owner().id(),
                    new NotificationService.Message(
                            NotificationKind.NETWORK_ACTION,
                            "given",
                            "networks/actions/" + action.id(),
                            action.title(),
                            network.name(),
                            DAY.format(action.dueOn())));
        });
    }

    @ApplicationModuleListener
    void on(NetworkEvents.MembershipRequested event) {
        members.findById(event.memberId()).ifPresent(member -> {
            Network network = networks.findById(member.networkId()).orElseThrow();
            for (Long coordinator : members.coordinatorIds(network.id())) {
                notifications.send(
                        coordinator,
                        new NotificationService.Message(
                                NotificationKind.NETWORK_MEMBERSHIP,
                                "requested",
                                "networks/" + network.id(),
                                member.person().displayName(),
                                network.name()));
            }
        });
    }

    @ApplicationModuleListener
    void on(NetworkEvents.MemberAdded event) {
        members.findById(event.memberId()).ifPresent(member -> {
            Network network = networks.findById(member.networkId()).orElseThrow();
            notifications.send(
                    member.person().id(),
                    new NotificationService.Message(
                            NotificationKind.NETWORK_MEMBERSHIP, "added", "networks/" + network.id(), network.name()));
        });
    }

    private void invite(Long meetingId, String variant) {
        meetings.findById(meetingId).ifPresent(meeting -> {
            Network network = networks.findById(meeting.networkId()).orElseThrow();
            byte[] calendar = MeetingCalendar.of(network, meeting, clock.instant());
            for (Long member : members.activeMemberIds(network.id())) {
                notifications.send(
                        member,
                        new NotificationService.Message(
                                NotificationKind.NETWORK_MEETING,
                                variant,
                                "networks/meetings/" + meeting.id(),
                                meeting.title(),
                                network.name(),
                                WHEN.format(meeting.startsAt()),
                                meeting.where()),
                        new NotificationService.Attachment(
                                "mote.ics", ICalendar.CONTENT_TYPE + "; method=PUBLISH", calendar));
            }
        });
    }
}
