package se.hoglandet.platform.expertise;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.guard.RequiresLogin;

/**
 * The directory of expertise (collaboration level 2, "gemensam kompetensförsörjning"): people mark their areas and
 * whether and how many hours a month they can help other organisations; their nearest manager (or their
 * organisation's administrator) approves the lending. The legal expert pool's lawyers, data protection officers and
 * information security officers appear under their areas too, as they are.
 */
@Service
@Transactional(readOnly = true)
public class ExpertiseService {

    static final String RECORD_TYPE = "expert-profile";

    private final ExpertProfileRepository profiles;
    private final PersonService people;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpertiseService(
            ExpertProfileRepository profiles,
            PersonService people,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.profiles = profiles;
        this.people = people;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Experts in an area (every area when null), the legal expert pool included, by name; a fixed four statements. */
    @RequiresLogin
    public Page<ExpertEntry> directory(ExpertiseArea area, Pageable pageable) {
        Actor actor = currentActor.get();
        Set<Role> poolRoles = poolRoles(area);
        boolean pool = !poolRoles.isEmpty();
        Page<Object[]> rows = profiles.directory(area, pool, pool ? poolRoles : Set.of(Role.LAWYER), pageable);
        Map<Long, Set<ExpertiseArea>> poolAreas = new HashMap<>();
        List<Long> personIds =
                rows.getContent().stream().map(row -> ((Person) row[0]).id()).toList();
        if (!personIds.isEmpty()) {
            for (Object[] held : profiles.poolRolesOf(personIds, poolRoles(null))) {
                poolAreas
                        .computeIfAbsent((Long) held[0], id -> EnumSet.noneOf(ExpertiseArea.class))
                        .add(areaOf((Role) held[1]));
            }
        }
        return rows.map(row -> {
            Person person = (Person) row[0];
            ExpertProfile profile = (ExpertProfile) row[1];
            boolean another = !Objects.equals(person.organisation().id(), actor.organisationId());
            return new ExpertEntry(
                    person,
                    person.organisation(),
                    profile,
                    ExpertEntry.areasOf(profile, poolAreas.getOrDefault(person.id(), Set.of())),
                    another && profile != null && profile.lendableHours() > 0);
        });
    }

    /** The current person's profile, if they have written one. */
    @RequiresLogin
    public Optional<ExpertProfile> myProfile() {
        return profiles.findByPersonId(currentActor.get().personId());
    }

    /**
     * Writes the current person's profile ({@code expectedVersion} is ignored for a first profile). A new or changed
     * offer to help others waits for their manager's approval.
     */
    @RequiresLogin
    @Transactional
    public ExpertProfile saveMyProfile(long expectedVersion, ExpertProfileDraft draft) {
        Actor actor = currentActor.get();
        ExpertProfile profile = profiles.findByPersonId(actor.personId()).orElse(null);
        if (profile == null) {
            profile = new ExpertProfile(
                    people.findById(actor.personId()).orElseThrow(() -> new PermissionDeniedException("Unknown")));
        } else if (profile.version() != expectedVersion) {
            throw new StaleEditException("Expert profile", profile.id());
        }
        boolean waitsForApproval = profile.describe(draft, clock.instant());
        ExpertProfile saved = profiles.saveAndFlush(profile);
        audit.record(
                RECORD_TYPE,
                saved.id(),
                "CHANGED",
                AuditChange.of("areas", null, new java.util.TreeSet<>(saved.areas())),
                AuditChange.of("hoursPerMonth", null, saved.hoursPerMonth()),
                AuditChange.of("lending", null, saved.lending()));
        if (waitsForApproval) {
            events.publishEvent(new ExpertiseEvents.LendingOffered(saved.id()));
        }
        return saved;
    }

    /** Offers to help others that wait for the current person's decision (as manager or administrator). */
    @RequiresLogin
    public List<ExpertProfile> lendingToDecide() {
        Actor actor = currentActor.get();
        return profiles.lendingToDecide(actor.personId(), actor.hasRole(Role.ORG_ADMIN), actor.organisationId());
    }

    /** Approves or declines an offer to help others: the person's nearest manager or organisation administrator. */
    @RequiresLogin
    @Transactional
    public ExpertProfile decideLending(Long profileId, long expectedVersion, boolean approve) {
        ExpertProfile profile = profiles.findWithPersonById(profileId == null ? -1L : profileId)
                .orElseThrow(() -> new DomainValidationException("expertise.error.notFound", "No such profile"));
        requireDecider(currentActor.get(), profile.person(), profile.organisation());
        if (profile.version() != expectedVersion) {
            throw new StaleEditException("Expert profile", profileId);
        }
        profile.decideLending(approve, currentActor.get().displayName(), clock.instant());
        ExpertProfile saved = profiles.saveAndFlush(profile);
        audit.record(RECORD_TYPE, profileId, "LENDING_DECIDED", AuditChange.of("lending", null, saved.lending()));
        return saved;
    }

    /** The expert's nearest manager, or an administrator of the expert's organisation, decides on lending them. */
    static boolean isDecider(Actor actor, Person expert, Organisation organisation) {
        boolean manager =
                expert.manager() != null && Objects.equals(expert.manager().id(), actor.personId());
        return manager || (actor.hasRole(Role.ORG_ADMIN) && actor.belongsTo(organisation.id()));
    }

    static void requireDecider(Actor actor, Person expert, Organisation organisation) {
        if (!isDecider(actor, expert, organisation)) {
            throw new PermissionDeniedException("Only the expert's manager or administrator decides");
        }
    }

    /** The pool's roles that count in the area; all three for every area. */
    private static Set<Role> poolRoles(ExpertiseArea area) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(ExpertiseArea.values())
                .filter(a -> area == null || a == area)
                .forEach(a -> a.poolRole().ifPresent(roles::add));
        return roles;
    }

    private static ExpertiseArea areaOf(Role role) {
        return Arrays.stream(ExpertiseArea.values())
                .filter(a -> a.poolRole().filter(role::equals).isPresent())
                .findFirst()
                .orElseThrow();
    }
}
