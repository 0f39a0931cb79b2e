package se.hoglandet.platform.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.academy.CourseWishDraft;
import se.hoglandet.platform.academy.CourseWishService;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.InitiativeDetails;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeSharing;
import se.hoglandet.platform.procurement.ProcurementDraft;
import se.hoglandet.platform.procurement.ProcurementProcedure;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.visibility.Visibility;

/**
 * From talk to action: a coordinator (or an action's owner) promotes a decision or action to a joint initiative at
 * collaboration level 3, a joint procurement, or a course wish to the academy. The record is created through its
 * own capability's service, so that capability's rules and role checks apply (an initiative needs a project lead);
 * the organisations present at the meeting take part; the record says where it came from; and the network lists it
 * among its outcomes, in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class PromotionService {

    private final DecisionRepository decisions;
    private final NetworkActionRepository actions;
    private final NetworkMeetingRepository meetings;
    private final AttendanceRepository attendance;
    private final OutcomeRepository outcomes;
    private final NetworkAccess access;
    private final InitiativeService initiatives;
    private final ProcurementService procurements;
    private final CourseWishService courseWishes;
    private final AuditLog audit;
    private final Clock clock;

    PromotionService(
            DecisionRepository decisions,
            NetworkActionRepository actions,
            NetworkMeetingRepository meetings,
            AttendanceRepository attendance,
            OutcomeRepository outcomes,
            NetworkAccess access,
            InitiativeService initiatives,
            ProcurementService procurements,
            CourseWishService courseWishes,
            AuditLog audit,
            Clock clock) {
        this.decisions = decisions;
        this.actions = actions;
        this.meetings = meetings;
        this.attendance = attendance;
        this.outcomes = outcomes;
        this.access = access;
        this.initiatives = initiatives;
        this.procurements = procurements;
        this.courseWishes = courseWishes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Promotes a meeting's decision (coordinators). */
    @RequiresLogin
    @Transactional
    public Outcome promoteDecision(Long decisionId, PromotionDraft draft) {
        Decision decision =
                decisions.findById(decisionId == null ? -1L : decisionId).orElseThrow(NetworkAccess::notFound);
        Standing standing = access.standing(decision.networkId());
        if (!PromotionRights.mayPromote(standing, null)) {
            throw new PermissionDeniedException("Only the network's coordinators promote its decisions");
        }
        return promote(source(standing, decision.meetingId(), decision.id(), null), draft);
    }

    /** Promotes an action (coordinators, or the action's owner). */
    @RequiresLogin
    @Transactional
    public Outcome promoteAction(Long actionId, PromotionDraft draft) {
        NetworkAction action =
                actions.findWithOwnerById(actionId == null ? -1L : actionId).orElseThrow(NetworkAccess::notFound);
        Standing standing = access.standing(action.networkId());
        if (!PromotionRights.mayPromote(standing, action)) {
            throw new PermissionDeniedException("Only coordinators or the action's owner promote it");
        }
        return promote(source(standing, action.meetingId(), action.decisionId(), action.id()), draft);
    }

    /** What the network's talk became, latest first; a course wish with the course that answered it. */
    @RequiresLogin
    public List<OutcomeRow> outcomes(Long networkId) {
        access.readable(networkId);
        List<Outcome> all = outcomes.findByNetworkIdOrderByCreatedAtDescIdDesc(networkId);
        Map<Long, CourseWishService.Answered> answers = courseWishes
                .answers(all.stream()
                        .filter(o -> o.kind() == OutcomeKind.COURSE_WISH)
                        .map(Outcome::recordId)
                        .toList())
                .stream()
                .collect(Collectors.toMap(CourseWishService.Answered::wishId, Function.identity()));
        return all.stream()
                .map(o -> {
                    CourseWishService.Answered answer =
                            o.kind() == OutcomeKind.COURSE_WISH ? answers.get(o.recordId()) : null;
                    return new OutcomeRow(
                            o, answer == null ? null : answer.courseId(), answer == null ? null : answer.courseTitle());
                })
                .toList();
    }

    /** Decisions, actions done on time and outcomes in the twelve months up to today, in total and per month. */
    @RequiresLogin
    public NetworkIndicator indicator(Long networkId) {
        access.readable(networkId);
        LocalDate today = LocalDate.now(clock.withZone(SwedishTime.ZONE));
        YearMonth first = YearMonth.from(today).minusMonths(11);
        LocalDate from = first.atDay(1);
        List<LocalDate> decided = decisions.daysDecided(networkId, from, today);
        List<LocalDate> doneOnTime = actions.doneBetween(networkId, from, today).stream()
                .filter(NetworkAction::doneOnTime)
                .map(NetworkAction::closedOn)
                .toList();
        Instant since = from.atStartOfDay(SwedishTime.ZONE).toInstant();
        List<LocalDate> created = outcomes.createdSince(networkId, since).stream()
                .map(at -> at.atZone(SwedishTime.ZONE).toLocalDate())
                .filter(day -> !day.isAfter(today))
                .toList();
        List<NetworkIndicator.Month> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
            months.add(new NetworkIndicator.Month(
                    month, count(decided, month), count(doneOnTime, month), count(created, month)));
        }
        return new NetworkIndicator(from, today, decided.size(), doneOnTime.size(), created.size(), months);
    }

    private Outcome promote(PromotionSource source, PromotionDraft draft) {
        if (draft == null || draft.kind() == null) {
            throw new DomainValidationException("network.error.promotionKind", "Choose what to create");
        }
        Set<Long> present = new HashSet<>(attendance.representedOrganisationIds(source.meetingId()));
        String title = draft.title() == null ? "" : draft.title().strip();
        Long recordId = switch (draft.kind()) {
            case INITIATIVE ->
                initiatives
                        .create(
                                initiative(draft, source),
                                InitiativeSharing.federationWide(present),
                                CollaborationLevel.JOINT_DEVELOPMENT)
                        .id();
            case PROCUREMENT ->
                procurements
                        .create(procurement(draft, source, present), Map.of())
                        .id();
            case COURSE_WISH ->
                courseWishes
                        .wish(new CourseWishDraft(title, draft.description(), present, source.origin(), source.link()))
                        .id();
        };
        Outcome outcome = outcomes.saveAndFlush(
                new Outcome(source, draft.kind(), recordId, title, source.byPersonId(), clock.instant()));
        audit.record(
                NetworkService.RECORD_TYPE,
                source.networkId(),
                "PROMOTED",
                AuditChange.of(draft.kind().name().toLowerCase(java.util.Locale.ROOT), null, title));
        return outcome;
    }

    private PromotionSource source(Standing standing, Long meetingId, Long decisionId, Long actionId) {
        NetworkMeeting meeting = meetings.findById(meetingId).orElseThrow(NetworkAccess::notFound);
        return new PromotionSource(
                standing.network().id(),
                standing.network().name(),
                meetingId,
                meeting.startsAt().atZone(SwedishTime.ZONE).toLocalDate(),
                decisionId,
                actionId,
                standing.actor().personId(),
                standing.actor().displayName());
    }

    /** A level-3 initiative: the summary as written, the purpose naming where it came from. */
    private static InitiativeDetails initiative(PromotionDraft draft, PromotionSource source) {
        InitiativeDetails minimal = InitiativeDetails.of(draft.title(), draft.description(), draft.area());
        return new InitiativeDetails(
                minimal.title(),
                minimal.summary(),
                source.origin() + ".",
                minimal.contactName(),
                minimal.contactEmail(),
                minimal.area(),
                minimal.aiType(),
                minimal.tools(),
                minimal.supplier(),
                minimal.dataUsed(),
                minimal.dataClass(),
                minimal.legalBasis(),
                minimal.humanOversight(),
                minimal.transparency(),
                minimal.aiActRole(),
                minimal.riskGroup(),
                minimal.startDate(),
                minimal.endDate(),
                minimal.budget(),
                minimal.links(),
                minimal.tags());
    }

    /** A joint procurement of the organisations present, its description opening with where it came from. */
    private static ProcurementDraft procurement(PromotionDraft draft, PromotionSource source, Set<Long> present) {
        String description = source.origin() + "."
                + (draft.description() == null || draft.description().isBlank()
                        ? ""
                        : "\n\n" + draft.description().strip());
        return new ProcurementDraft(
                draft.title(),
                description,
                draft.category(),
                ProcurementProcedure.OPEN,
                null,
                CollaborationLevel.JOINT_DEVELOPMENT,
                source.byName(),
                null,
                Visibility.FEDERATION,
                present,
                Set.of());
    }

    private static long count(List<LocalDate> days, YearMonth month) {
        return days.stream().filter(day -> YearMonth.from(day).equals(month)).count();
    }
}
