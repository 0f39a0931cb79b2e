package se.hoglandet.platform.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.SystemAccess;

/**
 * A network's meetings: coordinators plan them (members are invited with a calendar file and reminded the day
 * before), keep the agenda and its minutes, record who attended with which mandate, and minute the decisions.
 * Actions given at a meeting come back under "uppföljning" at the next one until they are closed.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    private final NetworkMeetingRepository meetings;
    private final AgendaItemRepository agendaItems;
    private final AttendanceRepository attendance;
    private final DecisionRepository decisions;
    private final NetworkActionRepository actions;
    private final NetworkMemberRepository members;
    private final NetworkAccess access;
    private final PromotionRights rights;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(
            NetworkMeetingRepository meetings,
            AgendaItemRepository agendaItems,
            AttendanceRepository attendance,
            DecisionRepository decisions,
            NetworkActionRepository actions,
            NetworkMemberRepository members,
            NetworkAccess access,
            PromotionRights rights,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.meetings = meetings;
        this.agendaItems = agendaItems;
        this.attendance = attendance;
        this.decisions = decisions;
        this.actions = actions;
        this.members = members;
        this.access = access;
        this.rights = rights;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A network's meetings, latest first. */
    @RequiresLogin
    public Page<NetworkMeeting> meetings(Long networkId, Pageable pageable) {
        access.readable(networkId);
        return meetings.findByNetworkIdOrderByStartsAtDescIdDesc(networkId, pageable);
    }

    /** Plans a meeting with its first agenda items; every active member is on its attendance list and invited. */
    @RequiresLogin
    @Transactional
    public NetworkMeeting plan(Long networkId, MeetingDraft draft) {
        access.manager(networkId);
        NetworkMeeting meeting = meetings.saveAndFlush(new NetworkMeeting(networkId, draft, clock.instant()));
        int position = 0;
        for (String item : draft.agenda()) {
            if (item != null && !item.isBlank()) {
                agendaItems.save(new AgendaItem(meeting.id(), ++position, item));
            }
        }
        for (NetworkMember member : members.ofNetwork(networkId)) {
            if (member.isActive()) {
                attendance.save(new Attendance(meeting.id(), member.person(), member.organisation()));
            }
        }
        audit.record(
                NetworkService.RECORD_TYPE,
                networkId,
                "MEETING_PLANNED",
                AuditChange.of("meeting", null, meeting.title() + " " + meeting.startsAt()));
        events.publishEvent(new NetworkEvents.MeetingPlanned(meeting.id(), false));
        return meeting;
    }

    /** Moves or renames a meeting; the members get the updated calendar file. */
    @RequiresLogin
    @Transactional
    public NetworkMeeting reschedule(Long meetingId, long expectedVersion, MeetingDraft draft) {
        NetworkMeeting meeting = managed(meetingId);
        if (meeting.version() != expectedVersion) {
            throw new StaleEditException("Meeting", meetingId);
        }
        Instant before = meeting.startsAt();
        meeting.plan(draft, clock.instant());
        meetings.saveAndFlush(meeting);
        audit.record(
                NetworkService.RECORD_TYPE,
                meeting.networkId(),
                "MEETING_CHANGED",
                AuditChange.of("startsAt", before, meeting.startsAt()));
        events.publishEvent(new NetworkEvents.MeetingPlanned(meeting.id(), true));
        return meeting;
    }

    @RequiresLogin
    public MeetingDetail detail(Long meetingId) {
        NetworkMeeting meeting = meeting(meetingId);
        Standing standing = access.standing(meeting.networkId());
        LocalDate today = today();
        List<Attendance> present = attendance.ofMeeting(meetingId);
        List<Organisation> represented = present.stream()
                .filter(Attendance::present)
                .map(Attendance::organisation)
                .collect(Collectors.toMap(Organisation::id, Function.identity(), (a, b) -> a))
                .values()
                .stream()
                .sorted(Comparator.comparing(Organisation::name))
                .toList();
        return new MeetingDetail(
                standing.network(),
                meeting,
                agendaItems.findByMeetingIdOrderByPositionAscIdAsc(meetingId),
                rows(followUp(meeting), standing, today),
                present,
                represented,
                decisions.findByMeetingIdOrderByIdAsc(meetingId),
                rows(actions.ofMeeting(meetingId), standing, today),
                standing.mayManage(),
                standing.isCoordinator(),
                rights.kinds());
    }

    @RequiresLogin
    @Transactional
    public AgendaItem addAgendaItem(Long meetingId, String title) {
        NetworkMeeting meeting = managed(meetingId);
        AgendaItem item =
                agendaItems.saveAndFlush(new AgendaItem(meetingId, agendaItems.lastPosition(meetingId) + 1, title));
        touch(meeting);
        return item;
    }

    /** Writes the minutes of one agenda item; refused if someone saved them in between. */
    @RequiresLogin
    @Transactional
    public AgendaItem recordMinutes(Long itemId, long expectedVersion, String minutes) {
        AgendaItem item = agendaItems.findById(itemId == null ? -1L : itemId).orElseThrow(NetworkAccess::notFound);
        managed(item.meetingId());
        if (item.version() != expectedVersion) {
            throw new StaleEditException("Agenda item", itemId);
        }
        item.recordMinutes(minutes);
        return agendaItems.saveAndFlush(item);
    }

    /**
     * Records who was there and with which mandate, for the network's members (a member who joined after the
     * meeting was planned is added to the list). Refused as a whole if someone changed the meeting in between.
     */
    @RequiresLogin
    @Transactional
    public NetworkMeeting recordAttendance(Long meetingId, long expectedVersion, List<AttendanceEntry> entries) {
        NetworkMeeting meeting = managed(meetingId);
        if (meeting.version() != expectedVersion) {
            throw new StaleEditException("Meeting", meetingId);
        }
        Map<Long, Attendance> listed = new HashMap<>();
        attendance.ofMeeting(meetingId).forEach(a -> listed.put(a.person().id(), a));
        Map<Long, NetworkMember> activeMembers = members.ofNetwork(meeting.networkId()).stream()
                .filter(NetworkMember::isActive)
                .collect(Collectors.toMap(m -> m.person().id(), Function.identity()));
        for (AttendanceEntry entry : entries) {
            Attendance line = listed.get(entry.personId());
            if (line == null) {
                NetworkMember member = activeMembers.get(entry.personId());
                if (member == null) {
                    throw new DomainValidationException("network.error.notMember", "Only members attend");
                }
                line = new Attendance(meetingId, member.person(), member.organisation());
                listed.put(entry.personId(), line);
            }
            line.record(entry.present(), entry.mandate());
            attendance.save(line);
        }
        touch(meeting);
        audit.record(
                NetworkService.RECORD_TYPE,
                meeting.networkId(),
                "ATTENDANCE",
                AuditChange.of(
                        "present",
                        null,
                        entries.stream().filter(AttendanceEntry::present).count()));
        return meeting;
    }

    @RequiresLogin
    @Transactional
    public Decision decide(Long meetingId, DecisionDraft draft) {
        NetworkMeeting meeting = managed(meetingId);
        Long itemId = draft.agendaItemId();
        if (itemId != null
                && agendaItems
                        .findById(itemId)
                        .filter(i -> i.meetingId().equals(meetingId))
                        .isEmpty()) {
            throw new DomainValidationException("network.error.agendaItem", "Not an item of this meeting");
        }
        Decision decision = decisions.saveAndFlush(new Decision(
                meeting,
                itemId,
                draft.text(),
                meeting.startsAt().atZone(SwedishTime.ZONE).toLocalDate(),
                clock.instant()));
        touch(meeting);
        audit.record(
                NetworkService.RECORD_TYPE,
                meeting.networkId(),
                "DECIDED",
                AuditChange.of("decision", null, decision.text()));
        return decision;
    }

    /** The meeting as a calendar file, for anyone who may read the network. */
    @RequiresLogin
    public byte[] calendar(Long meetingId) {
        NetworkMeeting meeting = meeting(meetingId);
        Network network = access.readable(meeting.networkId());
        return MeetingCalendar.of(network, meeting, clock.instant());
    }

    /**
     * Meetings starting within the next day that nobody has been reminded of: marked reminded, and their members
     * reminded after the commit. Returns how many meetings.
     */
    @SystemAccess("The reminder job runs outside any user's request")
    @Transactional
    public int remindUpcoming() {
        Instant now = clock.instant();
        List<NetworkMeeting> due = meetings.toRemind(now, now.plus(Duration.ofDays(1)));
        for (NetworkMeeting meeting : due) {
            meeting.reminded(now);
            events.publishEvent(new NetworkEvents.MeetingReminderDue(meeting.id()));
        }
        return due.size();
    }

    /** Earlier actions that this meeting follows up: still open, or closed since the previous meeting. */
    List<NetworkAction> followUp(NetworkMeeting meeting) {
        LocalDate since = meetings.findFirstByNetworkIdAndStartsAtLessThanOrderByStartsAtDescIdDesc(
                        meeting.networkId(), meeting.startsAt())
                .map(previous -> previous.startsAt().atZone(SwedishTime.ZONE).toLocalDate())
                // No earlier meeting: nothing to follow up, whatever the day.
                .orElse(meeting.startsAt().atZone(SwedishTime.ZONE).toLocalDate());
        return actions.followUp(meeting.networkId(), meeting.startsAt(), since);
    }

    private List<ActionRow> rows(List<NetworkAction> list, Standing standing, LocalDate today) {
        return list.stream()
                .map(a -> new ActionRow(
                        a,
                        a.isOverdue(today),
                        ActionService.mayChange(standing, a),
                        PromotionRights.mayPromote(standing, a)))
                .toList();
    }

    private NetworkMeeting meeting(Long meetingId) {
        return meetings.findById(meetingId == null ? -1L : meetingId).orElseThrow(NetworkAccess::notFound);
    }

    private NetworkMeeting managed(Long meetingId) {
        NetworkMeeting meeting = meeting(meetingId);
        access.manager(meeting.networkId());
        return meeting;
    }

    private void touch(NetworkMeeting meeting) {
        meeting.touched(clock.instant());
        meetings.saveAndFlush(meeting);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SwedishTime.ZONE));
    }
}
