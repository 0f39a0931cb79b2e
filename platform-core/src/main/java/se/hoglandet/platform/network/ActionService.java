package se.hoglandet.platform.network;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.guard.RequiresLogin;

/**
 * Actions (åtgärder): what a meeting gives someone to do, with an owner of any organisation and a due date. The
 * owner is told, finds it among their tasks on the start page until it is closed, and moves it on; those who run
 * the network may move it too.
 */
@Service
@Transactional(readOnly = true)
public class ActionService {

    private final NetworkActionRepository actions;
    private final NetworkMeetingRepository meetings;
    private final DecisionRepository decisions;
    private final AgendaItemRepository agendaItems;
    private final OutcomeRepository outcomes;
    private final NetworkAccess access;
    private final PromotionRights rights;
    private final PersonService people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionService(
            NetworkActionRepository actions,
            NetworkMeetingRepository meetings,
            DecisionRepository decisions,
            AgendaItemRepository agendaItems,
            OutcomeRepository outcomes,
            NetworkAccess access,
            PromotionRights rights,
            PersonService people,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.actions = actions;
        this.meetings = meetings;
        this.decisions = decisions;
        this.agendaItems = agendaItems;
        this.outcomes = outcomes;
        this.access = access;
        this.rights = rights;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Gives an action at a meeting, following from one of its decisions or agenda items (or neither). */
    @RequiresLogin
    @Transactional
    public NetworkAction give(Long meetingId, ActionDraft draft) {
        NetworkMeeting meeting =
                meetings.findById(meetingId == null ? -1L : meetingId).orElseThrow(NetworkAccess::notFound);
        access.manager(meeting.networkId());
        Person owner = draft.ownerPersonId() == null
                ? null
                : people.findById(draft.ownerPersonId())
                        .filter(Person::isActive)
                        .orElseThrow(() ->
                                new DomainValidationException("network.error.actionOwner", "An action needs an owner"));
        requireOfMeeting(meetingId, draft);
        NetworkAction action = actions.saveAndFlush(new NetworkAction(
                meeting,
                draft.title(),
                owner,
                draft.dueOn(),
                draft.decisionId(),
                draft.agendaItemId(),
                clock.instant()));
        audit.record(
                NetworkService.RECORD_TYPE,
                meeting.networkId(),
                "ACTION_GIVEN",
                AuditChange.of("action", null, action.title()),
                AuditChange.of("owner", null, owner.displayName()),
                AuditChange.of("dueOn", null, action.dueOn()));
        events.publishEvent(new NetworkEvents.ActionGiven(action.id()));
        return action;
    }

    /** Moves an action on (dropping needs a reason); refused if someone changed it in between. */
    @RequiresLogin
    @Transactional
    public NetworkAction changeStatus(Long actionId, long expectedVersion, ActionStatus status, String reason) {
        NetworkAction action = action(actionId);
        Standing standing = access.standing(action.networkId());
        if (!mayChange(standing, action)) {
            throw new PermissionDeniedException("Only the owner or the network's coordinators move an action");
        }
        if (action.version() != expectedVersion) {
            throw new StaleEditException("Action", actionId);
        }
        ActionStatus before = action.status();
        action.changeStatus(status, reason, today());
        NetworkAction saved = actions.saveAndFlush(action);
        audit.record(
                NetworkService.RECORD_TYPE,
                action.networkId(),
                "ACTION_STATUS",
                AuditChange.of("action", null, saved.title()),
                AuditChange.of("status", before, saved.status()));
        return saved;
    }

    @RequiresLogin
    public ActionDetail detail(Long actionId) {
        NetworkAction action = action(actionId);
        Standing standing = access.standing(action.networkId());
        NetworkMeeting meeting = meetings.findById(action.meetingId()).orElseThrow();
        Decision decision = action.decisionId() == null
                ? null
                : decisions.findById(action.decisionId()).orElse(null);
        return new ActionDetail(
                new ActionRow(
                        action,
                        action.isOverdue(today()),
                        mayChange(standing, action),
                        PromotionRights.mayPromote(standing, action)),
                standing.network(),
                meeting,
                decision,
                outcomes.findByActionIdOrderByCreatedAtAscIdAsc(actionId),
                rights.kinds());
    }

    /** A network's actions, open ones first, then by due date. */
    @RequiresLogin
    public Page<ActionRow> ofNetwork(Long networkId, Pageable pageable) {
        Standing standing = access.standing(networkId);
        LocalDate today = today();
        return actions.ofNetwork(networkId, pageable)
                .map(a -> new ActionRow(
                        a, a.isOverdue(today), mayChange(standing, a), PromotionRights.mayPromote(standing, a)));
    }

    static boolean mayChange(Standing standing, NetworkAction action) {
        return standing.mayManage()
                || action.owner().id().equals(standing.actor().personId());
    }

    private void requireOfMeeting(Long meetingId, ActionDraft draft) {
        boolean decisionElsewhere = draft.decisionId() != null
                && decisions
                        .findById(draft.decisionId())
                        .filter(d -> d.meetingId().equals(meetingId))
                        .isEmpty();
        boolean itemElsewhere = draft.agendaItemId() != null
                && agendaItems
                        .findById(draft.agendaItemId())
                        .filter(i -> i.meetingId().equals(meetingId))
                        .isEmpty();
        if (decisionElsewhere || itemElsewhere) {
            throw new DomainValidationException("network.error.agendaItem", "Not part of this meeting");
        }
    }

    private NetworkAction action(Long actionId) {
        return actions.findWithOwnerById(actionId == null ? -1L : actionId).orElseThrow(NetworkAccess::notFound);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SwedishTime.ZONE));
    }
}
