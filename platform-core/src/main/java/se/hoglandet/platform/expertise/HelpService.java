package se.hoglandet.platform.expertise;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;

/**
 * Help between organisations: someone asks another organisation's expert for help (within the expert's approved
 * monthly offer), the expert's manager approves or declines, the expert records the hours actually given, and
 * federation staff see the hours lent and borrowed per organisation and area in a year.
 */
@Service
@Transactional(readOnly = true)
public class HelpService {

    static final String RECORD_TYPE = "help-request";

    private final HelpRequestRepository requests;
    private final HoursGivenRepository hours;
    private final ExpertProfileRepository profiles;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HelpService(
            HelpRequestRepository requests,
            HoursGivenRepository hours,
            ExpertProfileRepository profiles,
            EntityManager entityManager,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.hours = hours;
        this.profiles = profiles;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Asks another organisation's expert for help: hours above 0 and within their approved monthly offer. */
    @RequiresLogin
    @Transactional
    public HelpRequest request(HelpRequestDraft draft) {
        Actor actor = currentActor.get();
        ExpertProfile expert = profiles.findByPersonId(draft.expertPersonId() == null ? -1L : draft.expertPersonId())
                .filter(p -> p.person().isActive())
                .orElseThrow(() -> new DomainValidationException("expertise.error.expert", "Choose an expert"));
        if (Objects.equals(expert.organisation().id(), actor.organisationId())) {
            throw new DomainValidationException(
                    "expertise.error.ownOrganisation", "Ask your own organisation's experts directly");
        }
        HelpRequest request = requests.saveAndFlush(new HelpRequest(
                expert,
                actor.personId(),
                actor.displayName(),
                entityManager.find(Organisation.class, actor.organisationId()),
                draft,
                today(),
                clock.instant()));
        audit.record(
                RECORD_TYPE,
                request.id(),
                "REQUESTED",
                AuditChange.of("expert", null, expert.person().displayName()),
                AuditChange.of("hours", null, request.hours()));
        events.publishEvent(new ExpertiseEvents.HelpRequested(request.id()));
        return request;
    }

    /** Approves or declines (with a reason) a request: the expert's nearest manager or administrator. */
    @RequiresLogin
    @Transactional
    public HelpRequest decide(Long requestId, long expectedVersion, boolean approve, String reason) {
        HelpRequest request = load(requestId);
        Actor actor = currentActor.get();
        ExpertiseService.requireDecider(actor, request.expert(), request.expertOrganisation());
        if (request.version() != expectedVersion) {
            throw new StaleEditException("Help request", requestId);
        }
        request.decide(approve, reason, actor.displayName());
        HelpRequest saved = requests.saveAndFlush(request);
        audit.record(RECORD_TYPE, requestId, "DECIDED", AuditChange.of("status", HelpStatus.REQUESTED, saved.status()));
        events.publishEvent(new ExpertiseEvents.HelpDecided(requestId));
        return saved;
    }

    /** The expert records hours given on an approved request: above 0, never beyond the approved hours. */
    @RequiresLogin
    @Transactional
    public HoursGiven recordHours(Long requestId, HoursDraft draft) {
        HelpRequest request = load(requestId);
        Actor actor = currentActor.get();
        if (!Objects.equals(request.expert().id(), actor.personId())) {
            throw new PermissionDeniedException("Only the expert records the hours they gave");
        }
        if (request.status() != HelpStatus.APPROVED) {
            throw new DomainValidationException("expertise.error.notApproved", "Hours are given on approved requests");
        }
        if (draft.givenOn() == null || draft.givenOn().isAfter(today())) {
            throw new DomainValidationException("expertise.error.givenOn", "Say the day the help was given");
        }
        BigDecimal left = request.hours().subtract(requests.hoursGiven(requestId));
        BigDecimal given = Hours.within(draft.hours(), left, "expertise.error.hoursUsed");
        HoursGiven line = hours.saveAndFlush(
                new HoursGiven(requestId, draft.givenOn(), given, draft.note(), actor.displayName(), clock.instant()));
        audit.record(RECORD_TYPE, requestId, "HOURS_GIVEN", AuditChange.of("hours", null, given));
        return line;
    }

    @RequiresLogin
    public HelpRequestDetail detail(Long requestId) {
        HelpRequest request = load(requestId);
        Actor actor = currentActor.get();
        boolean expert = Objects.equals(request.expert().id(), actor.personId());
        boolean decider = isDecider(actor, request);
        if (!expert && !decider && !Objects.equals(request.requesterPersonId(), actor.personId())) {
            throw new DomainValidationException("expertise.error.notFound", "No such request");
        }
        BigDecimal left = request.hours().subtract(requests.hoursGiven(requestId));
        return new HelpRequestDetail(
                request,
                hours.findByHelpRequestIdOrderByGivenOnAscIdAsc(requestId),
                left,
                decider && request.status() == HelpStatus.REQUESTED,
                expert && request.status() == HelpStatus.APPROVED && left.signum() > 0);
    }

    /** The requests the current person made or was asked, latest first. */
    @RequiresLogin
    public List<HelpRequest> mine() {
        return requests.involving(currentActor.get().personId());
    }

    /** Requests waiting for the current person's decision, as manager or administrator of the expert. */
    @RequiresLogin
    public List<HelpRequest> toDecide() {
        Actor actor = currentActor.get();
        return requests.toDecide(actor.personId(), actor.hasRole(Role.ORG_ADMIN), actor.organisationId());
    }

    /** Whether the current actor reads the federation overview (cross-organisation figures: federation staff). */
    @RequiresLogin
    public boolean mayReadOverview() {
        return currentActor.get().hasRole(Role.FEDERATION_STAFF);
    }

    /** Hours lent and borrowed per organisation and area in the year (by the day the help was given). */
    @RequiresRole(Role.FEDERATION_STAFF)
    public ExpertiseOverview federationOverview(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<Long, Map<ExpertiseArea, BigDecimal[]>> byOrganisation = new TreeMap<>();
        add(byOrganisation, requests.lentBetween(from, to), 0);
        add(byOrganisation, requests.borrowedBetween(from, to), 1);
        List<ExpertiseOverview.Row> rows = new ArrayList<>();
        byOrganisation.forEach((organisationId, areas) -> {
            Organisation organisation = entityManager.find(Organisation.class, organisationId);
            areas.forEach((area, lentAndBorrowed) ->
                    rows.add(new ExpertiseOverview.Row(organisation, area, lentAndBorrowed[0], lentAndBorrowed[1])));
        });
        rows.sort(Comparator.comparing(
                        (ExpertiseOverview.Row r) -> r.organisation().name())
                .thenComparing(ExpertiseOverview.Row::area));
        return new ExpertiseOverview(year, rows);
    }

    private static void add(Map<Long, Map<ExpertiseArea, BigDecimal[]>> into, List<Object[]> sums, int column) {
        for (Object[] sum : sums) {
            BigDecimal[] cells = into.computeIfAbsent((Long) sum[0], id -> new TreeMap<>())
                    .computeIfAbsent((ExpertiseArea) sum[1], a -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            cells[column] = cells[column].add((BigDecimal) sum[2]);
        }
    }

    private static boolean isDecider(Actor actor, HelpRequest request) {
        return ExpertiseService.isDecider(actor, request.expert(), request.expertOrganisation());
    }

    private HelpRequest load(Long requestId) {
        return requests.findWithPeopleById(requestId == null ? -1L : requestId)
                .orElseThrow(() -> new DomainValidationException("expertise.error.notFound", "No such request"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SwedishTime.ZONE));
    }
}
