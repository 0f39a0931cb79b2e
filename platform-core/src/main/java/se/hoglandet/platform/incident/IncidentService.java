package se.hoglandet.platform.incident;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.LikePatterns;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * Incidents and suspected misuse of AI tools (the guidelines: reported at once). Anyone signed in reports for their
 * organisation; the organisation's security officers, DPOs and IT managers, the reporter's nearest manager and
 * the incident mailbox are told at once (see {@link IncidentRouter}), and the handlers handle it until closed. A PRIVATE incident is read only by them and the reporter; shared wider by a handler, the truth table
 * applies (never PUBLIC).
 */
@Service
@Transactional(readOnly = true)
public class IncidentService {

    static final String RECORD_TYPE = "incident";
    static final Set<Role> HANDLERS = EnumSet.of(Role.INFOSEC, Role.DPO, Role.IT_MANAGER);
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private final IncidentRepository incidents;
    private final ToolService tools;
    private final InitiativeService initiatives;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IncidentRouter router;

    IncidentService(
            IncidentRepository incidents,
            ToolService tools,
            InitiativeService initiatives,
            EntityManager entityManager,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            IncidentRouter router) {
        this.incidents = incidents;
        this.tools = tools;
        this.initiatives = initiatives;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.router = router;
    }

    /** Reports an incident for the reporter's organisation; its handlers are notified after the commit. */
    @RequiresLogin
    @Transactional
    public Incident report(IncidentReport report) {
        return report(report, false);
    }

    /**
     * Reports an incident; with {@code tellFederation} the federation's incident mailbox is told too (the form
     * offers it when {@link #whoWillBeTold()} reaches nobody).
     */
    @RequiresLogin
    @Transactional
    public Incident report(IncidentReport report, boolean tellFederation) {
        Actor actor = currentActor.get();
        if (report.toolId() != null && !tools.exists(report.toolId())) {
            throw new DomainValidationException("incident.error.tool", "No such tool");
        }
        if (report.initiativeId() != null && !initiatives.canRead(report.initiativeId())) {
            throw new DomainValidationException("incident.error.initiative", "No such initiative");
        }
        Organisation organisation = entityManager.find(Organisation.class, actor.organisationId());
        Incident incident = incidents.save(new Incident(
                organisation,
                report,
                actor.personId(),
                actor.displayName(),
                clock.instant(),
                LocalDate.now(clock.withZone(SwedishTime.ZONE))));
        audit.record(
                RECORD_TYPE,
                incident.id(),
                "REPORTED",
                AuditChange.of("title", null, incident.title()),
                AuditChange.of("kind", null, incident.kind()),
                AuditChange.of("severity", null, incident.severity()));
        events.publishEvent(new IncidentReported(
                incident.id(),
                organisation.id(),
                incident.title(),
                actor.personId(),
                incident.personalData(),
                tellFederation));
        return loaded(incident);
    }

    /** Before sending: who an incident reported now by the current person would reach. */
    @RequiresLogin
    public IncidentRouting whoWillBeTold() {
        Actor actor = currentActor.get();
        return router.routeFor(actor.organisationId(), actor.personId());
    }

    /**
     * How many incidents the organisation (every organisation when null) reported in [from, until) (null bounds are
     * open): a count only, for the organisation's own people and federation staff (the whole federation's count for
     * federation staff only). No incident is shown through it.
     */
    @RequiresLogin
    public long countFor(Long organisationId, Instant from, Instant until) {
        Actor actor = currentActor.get();
        boolean staff = actor.hasRole(Role.FEDERATION_STAFF);
        if (organisationId == null ? !staff : !staff && !actor.belongsTo(organisationId)) {
            throw new PermissionDeniedException("Incident counts are for the organisation and federation staff");
        }
        Specification<Incident> counted = (root, query, cb) -> cb.and(
                organisationId == null
                        ? cb.conjunction()
                        : cb.equal(root.get("ownerOrganisation").get("id"), organisationId),
                from == null ? cb.conjunction() : cb.greaterThanOrEqualTo(root.get("createdAt"), from),
                until == null ? cb.conjunction() : cb.lessThan(root.get("createdAt"), until));
        return incidents.count(counted);
    }

    /** The incidents the current actor may read, newest change first. */
    @RequiresLogin
    public Page<Incident> list(IncidentFilter filter, Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        Page<Incident> page = incidents.findAll(readable(currentActor.get()).and(matching(filter)), ordered);
        page.forEach(i -> Hibernate.initialize(i.ownerOrganisation()));
        return page;
    }

    @RequiresLogin
    public IncidentDetail detail(Long id) {
        Actor actor = currentActor.get();
        Incident incident = readable(id);
        String toolName = tools.nameOf(incident.toolId()).orElse(null);
        String initiativeTitle =
                initiatives.readableTitle(incident.initiativeId()).orElse(null);
        boolean mayHandle = isHandler(actor, incident);
        return new IncidentDetail(
                incident,
                toolName,
                initiativeTitle,
                mayHandle,
                mayHandle ? incident.status().next() : Set.of());
    }

    /** A handler of the owner organisation moves the incident on; closing needs the resolution. */
    @IncidentHandlers
    @Transactional
    public Incident changeStatus(Long id, long expectedVersion, IncidentStatus target, String note) {
        Incident incident = handled(id, expectedVersion);
        IncidentStatus from = incident.status();
        incident.moveTo(Objects.requireNonNull(target, "target"), note, clock.instant());
        Incident saved = incidents.saveAndFlush(incident);
        audit.record(
                RECORD_TYPE,
                id,
                "STATUS_CHANGED",
                AuditChange.of("status", from, target),
                AuditChange.of("note", null, note == null || note.isBlank() ? null : note.strip()));
        Actor actor = currentActor.get();
        events.publishEvent(
                new IncidentStatusChanged(id, saved.title(), target, saved.reporterPersonId(), actor.personId()));
        return loaded(saved);
    }

    /** A handler shares the incident (e.g. once closed, for others to learn from); never public. */
    @IncidentHandlers
    @Transactional
    public Incident share(Long id, long expectedVersion, Visibility visibility, Collection<Long> namedOrganisationIds) {
        Incident incident = handled(id, expectedVersion);
        Visibility before = incident.visibility();
        incident.changeVisibility(visibility);
        List<Organisation> named = new ArrayList<>();
        for (Long organisationId : namedOrganisationIds) {
            Organisation organisation = entityManager.find(Organisation.class, organisationId);
            if (organisation == null || !organisation.isActive()) {
                throw new DomainValidationException("incident.error.organisation", "Unknown or inactive organisation");
            }
            named.add(organisation);
        }
        incident.replaceNamedOrganisations(named);
        incident.touched(clock.instant());
        Incident saved = incidents.saveAndFlush(incident);
        audit.record(RECORD_TYPE, id, "SHARED", AuditChange.of("visibility", before, visibility));
        return loaded(saved);
    }

    /** Whether the current actor may read the incident (and so its history). */
    @RequiresLogin
    public boolean canRead(Long id) {
        Incident incident = id == null ? null : incidents.findById(id).orElse(null);
        return incident != null && mayRead(currentActor.get(), incident);
    }

    // ---- rules --------------------------------------------------------------------------------------------

    static boolean mayRead(Actor actor, Incident incident) {
        return VisibilityRules.canRead(actor, incident)
                && (incident.visibility() != Visibility.PRIVATE
                        || Objects.equals(incident.reporterPersonId(), actor.personId())
                        || isHandler(actor, incident));
    }

    /** The truth table, narrowed for PRIVATE incidents to the reporter and the owner's handlers. */
    static Specification<Incident> readable(Actor actor) {
        Specification<Incident> table = VisibilityRules.readableBy(actor);
        boolean handler = actor.roles().stream().anyMatch(HANDLERS::contains);
        if (actor.isAnonymous() || handler) {
            // A handler reads every PRIVATE incident the table lets them read: those of their own organisation.
            return table;
        }
        return table.and((root, query, cb) -> cb.or(
                cb.notEqual(root.get("visibility"), Visibility.PRIVATE),
                cb.equal(root.get("reporterPersonId"), actor.personId())));
    }

    private static boolean isHandler(Actor actor, Incident incident) {
        return actor.belongsTo(incident.ownerOrganisation().id())
                && actor.roles().stream().anyMatch(HANDLERS::contains);
    }

    private Incident readable(Long id) {
        Incident incident = id == null ? null : incidents.findById(id).orElse(null);
        if (incident == null || !mayRead(currentActor.get(), incident)) {
            throw new DomainValidationException("incident.error.notFound", "No such incident");
        }
        return loaded(incident);
    }

    private Incident handled(Long id, long expectedVersion) {
        Incident incident = readable(id);
        if (!isHandler(currentActor.get(), incident)) {
            throw new PermissionDeniedException(
                    "Only the organisation's security officers, DPOs and IT managers handle it");
        }
        if (incident.version() != expectedVersion) {
            throw new StaleEditException("Incident", id);
        }
        return incident;
    }

    private static Incident loaded(Incident incident) {
        Hibernate.initialize(incident.ownerOrganisation());
        incident.namedOrganisations();
        incident.participatingOrganisations();
        return incident;
    }

    private static Specification<Incident> matching(IncidentFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.toolId() != null) {
                all.add(cb.equal(root.get("toolId"), filter.toolId()));
            }
            if (filter.initiativeId() != null) {
                all.add(cb.equal(root.get("initiativeId"), filter.initiativeId()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                all.add(cb.like(
                        cb.lower(root.get("title")), LikePatterns.containing(filter.text()), LikePatterns.ESCAPE));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
