package se.hoglandet.platform.person;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.LikePatterns;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.guard.RequiresRole;
import se.hoglandet.platform.shared.guard.SystemAccess;

/**
 * The staff directory kept up to date: by the Keycloak sync (read everything, diff locally, apply in one
 * transaction; a failed run changes nothing and is recorded for the admin page), or, with local accounts, by the
 * organisation's administrator (add, edit, deactivate by hand; import from CSV in {@link StaffImportService}).
 * Deactivated people are anonymised after the retention period.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    static final String RECORD_TYPE = "person";
    private static final Logger log = LoggerFactory.getLogger(DirectoryService.class);
    private static final Sort BY_NAME = Sort.by("displayName", "id");

    private final PersonRepository people;
    private final DirectorySyncRunRepository syncRuns;
    private final OrganisationService organisations;
    private final ObjectProvider<DirectoryReader> reader;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate inNewTransaction;
    private final boolean localAccounts;
    private final Duration retention;

    DirectoryService(
            PersonRepository people,
            DirectorySyncRunRepository syncRuns,
            OrganisationService organisations,
            ObjectProvider<DirectoryReader> reader,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${portal.auth:local}") String auth,
            @Value("${portal.directory.retention:P365D}") Duration retention) {
        this.people = people;
        this.syncRuns = syncRuns;
        this.organisations = organisations;
        this.reader = reader;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.inNewTransaction = new TransactionTemplate(transactions);
        this.inNewTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.localAccounts = !"keycloak".equalsIgnoreCase(auth);
        this.retention = retention;
    }

    // ---- the administrator's own organisation (local accounts) -------------------------------------------------

    /** A page of the administrator's organisation's people, by name; the deactivated too when asked. */
    @RequiresRole(Role.ORG_ADMIN)
    public Page<Person> myDirectory(String text, boolean withDeactivated, Pageable pageable) {
        Long organisationId = currentActor.get().organisationId();
        Specification<Person> spec = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.equal(root.get("organisation").get("id"), organisationId));
            if (!withDeactivated) {
                all.add(cb.isTrue(root.get("active")));
            }
            if (text != null && !text.isBlank()) {
                String pattern = LikePatterns.containing(text);
                all.add(cb.or(
                        cb.like(cb.lower(root.get("displayName")), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("email")), pattern, LikePatterns.ESCAPE)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        Pageable ordered = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), BY_NAME);
        // The page's people again with roles and manager in one statement: the grid shows both, and a page query
        // cannot fetch a collection without paging in memory.
        Page<Person> page = people.findAll(spec, ordered);
        Map<Long, Person> loaded = people
                .findWithRolesAndManagerByIdIn(page.map(Person::id).getContent())
                .stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        return page.map(person -> loaded.getOrDefault(person.id(), person));
    }

    /** Adds a person to the administrator's organisation; they get a local account and an invitation mail. */
    @RequiresRole(Role.ORG_ADMIN)
    @Transactional
    public Person add(StaffDraft draft) {
        requireLocalAccounts();
        Actor actor = currentActor.get();
        Organisation organisation = organisations
                .findActiveByCode(actor.organisationCode())
                .orElseThrow(() -> new PermissionDeniedException("Inactive organisation"));
        String email = checkedEmail(draft.email());
        if (people.emailsOf(organisation.id()).contains(email)) {
            throw new DomainValidationException("directory.error.duplicate", "Someone has that e-mail already");
        }
        Person person = new Person(
                new DirectoryEntry(
                        localSubject(email),
                        checkedName(draft.displayName()),
                        email,
                        organisation.code(),
                        checkedRoles(draft.roles()),
                        null,
                        email,
                        true),
                organisation,
                PersonSource.MANUAL,
                false);
        person.reportTo(manager(draft.managerId(), organisation.id(), null));
        Person saved = people.save(person);
        audit.record(RECORD_TYPE, saved.id(), "ADDED", AuditChange.of("roles", null, saved.roles()));
        events.publishEvent(new PeopleInvited(List.of(saved.id())));
        return saved;
    }

    /** Changes name, e-mail, roles or manager of a person of the administrator's organisation. */
    @RequiresRole(Role.ORG_ADMIN)
    @Transactional
    public Person update(Long personId, long expectedVersion, StaffDraft draft) {
        requireLocalAccounts();
        Person person = ownStaff(personId, expectedVersion);
        String email = checkedEmail(draft.email());
        if (!email.equalsIgnoreCase(Objects.toString(person.email(), ""))
                && people.emailsOf(person.organisation().id()).contains(email)) {
            throw new DomainValidationException("directory.error.duplicate", "Someone has that e-mail already");
        }
        Set<Role> rolesBefore = person.roles();
        person.takeFromDirectory(
                new DirectoryEntry(
                        person.subject(),
                        checkedName(draft.displayName()),
                        email,
                        person.organisation().code(),
                        checkedRoles(draft.roles()),
                        null,
                        email,
                        true),
                person.organisation());
        person.reportTo(manager(draft.managerId(), person.organisation().id(), person.id()));
        Person saved = people.saveAndFlush(person);
        audit.record(RECORD_TYPE, personId, "UPDATED", AuditChange.of("roles", rolesBefore, saved.roles()));
        events.publishEvent(new StaffChanged(personId));
        return saved;
    }

    /** Deactivates a person: kept for history, never notified, never offered; anonymised after the retention. */
    @RequiresRole(Role.ORG_ADMIN)
    @Transactional
    public Person deactivate(Long personId, long expectedVersion) {
        requireLocalAccounts();
        Person person = ownStaff(personId, expectedVersion);
        if (person.id().equals(currentActor.get().personId())) {
            throw new DomainValidationException("directory.error.deactivateSelf", "You cannot deactivate yourself");
        }
        person.deactivate(clock.instant());
        Person saved = people.saveAndFlush(person);
        audit.record(RECORD_TYPE, personId, "DEACTIVATED", AuditChange.of("active", true, false));
        events.publishEvent(new StaffChanged(personId));
        return saved;
    }

    /** The roles an administrator may give the organisation's own staff (never the federation's or platform's). */
    @RequiresRole(Role.ORG_ADMIN)
    public Set<Role> givableRoles() {
        Set<Role> roles = EnumSet.allOf(Role.class);
        roles.removeIf(role -> !StaffRoles.mayGive(role));
        return roles;
    }

    /** Whether people are kept here by hand and by import (local accounts) rather than synced from Keycloak. */
    @RequiresRole(Role.ORG_ADMIN)
    public boolean keptByHand() {
        return localAccounts;
    }

    // ---- the Keycloak sync ----------------------------------------------------------------------------------

    /** A platform administrator's "sync now". */
    @RequiresRole(Role.PLATFORM_ADMIN)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DirectorySyncRun syncNow() {
        return sync();
    }

    /** The scheduled sync. */
    @SystemAccess("The scheduled directory sync runs outside any user's request")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DirectorySyncRun syncFromSource() {
        return sync();
    }

    /** The latest run, with its error when it failed, for the admin page. */
    @RequiresRole(Role.PLATFORM_ADMIN)
    public Optional<DirectorySyncRun> latestSync() {
        return syncRuns.findFirstByOrderByIdDesc();
    }

    private DirectorySyncRun sync() {
        DirectoryReader source = reader.getIfAvailable();
        if (source == null) {
            throw new DomainValidationException("directory.error.noSource", "No directory source is configured");
        }
        Instant started = clock.instant();
        try {
            List<DirectoryEntry> entries = source.readAll();
            return inNewTransaction.execute(status -> apply(entries, source.subjectPrefix(), started));
        } catch (RuntimeException e) {
            log.warn("Directory sync failed; nothing was changed", e);
            String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return inNewTransaction.execute(
                    status -> syncRuns.save(DirectorySyncRun.failed(started, clock.instant(), error)));
        }
    }

    /** One transaction: add, update, link and deactivate, then set managers. */
    private DirectorySyncRun apply(List<DirectoryEntry> entries, String subjectPrefix, Instant started) {
        Map<String, Organisation> organisationsByCode = new HashMap<>();
        organisations.allActiveForIndexing().forEach(o -> organisationsByCode.put(o.code(), o));
        Map<String, Person> bySubject = new HashMap<>();
        people.findBySubjectPrefix(subjectPrefix + "%").forEach(p -> bySubject.put(p.subject(), p));
        Map<String, Person> byKey = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int added = 0;
        int updated = 0;
        int deactivated = 0;
        for (DirectoryEntry entry : entries) {
            seen.add(entry.subject());
            Person existing = bySubject.get(entry.subject());
            Organisation organisation = organisationsByCode.get(entry.organisationCode());
            boolean belongs = entry.enabled() && !entry.roles().isEmpty() && organisation != null;
            if (!belongs) {
                if (existing != null && existing.isActive()) {
                    existing.deactivate(clock.instant());
                    deactivated++;
                }
                continue;
            }
            if (existing == null) {
                existing = linkedByEmail(entry, organisation).orElse(null);
            }
            if (existing == null) {
                existing = people.save(new Person(entry, organisation, PersonSource.KEYCLOAK, false));
                added++;
            } else if (differs(existing, entry, organisation)) {
                existing.takeFromDirectory(entry, organisation);
                updated++;
            }
            if (entry.key() != null) {
                byKey.put(entry.key(), existing);
            }
        }
        for (Person known : bySubject.values()) {
            if (!seen.contains(known.subject()) && known.isActive()) {
                known.deactivate(clock.instant());
                deactivated++;
            }
        }
        for (DirectoryEntry entry : entries) {
            Person person = byKey.get(entry.key());
            if (person != null) {
                Person manager = entry.managerKey() == null ? null : byKey.get(entry.managerKey());
                person.reportTo(manager == person ? null : manager);
            }
        }
        return syncRuns.save(
                DirectorySyncRun.succeeded(started, clock.instant(), entries.size(), added, updated, deactivated));
    }

    /** A person added by hand or import whose e-mail the provider now brings: the sync links them. */
    private Optional<Person> linkedByEmail(DirectoryEntry entry, Organisation organisation) {
        if (entry.email() == null) {
            return Optional.empty();
        }
        List<Person> unlinked =
                people.findUnlinkedByEmail(organisation.id(), entry.email().toLowerCase(Locale.ROOT));
        if (unlinked.size() != 1) {
            return Optional.empty();
        }
        Person person = unlinked.getFirst();
        person.linkLogin(entry.subject());
        person.takeFromDirectory(entry, organisation);
        return Optional.of(person);
    }

    private static boolean differs(Person person, DirectoryEntry entry, Organisation organisation) {
        return !person.isActive()
                || !Objects.equals(person.displayName(), entry.displayName())
                || !Objects.equals(person.email(), entry.email())
                || !Objects.equals(person.organisation().id(), organisation.id())
                || !person.roles().equals(entry.roles());
    }

    // ---- retention ------------------------------------------------------------------------------------------

    /** Anonymises people deactivated longer ago than the retention period; returns how many. */
    @SystemAccess("The daily retention job runs outside any user's request")
    @Transactional
    public int anonymiseDeactivated() {
        Instant now = clock.instant();
        List<Person> due = people.deactivatedBefore(now.minus(retention));
        due.forEach(p -> p.anonymise(now));
        return due.size();
    }

    // ---- rules ----------------------------------------------------------------------------------------------

    private void requireLocalAccounts() {
        if (!localAccounts) {
            throw new DomainValidationException(
                    "directory.error.keycloakMode", "The directory follows Keycloak: change people there");
        }
    }

    private Person ownStaff(Long personId, long expectedVersion) {
        Person person = people.findWithOrganisationById(personId == null ? -1L : personId)
                .filter(p -> currentActor.get().belongsTo(p.organisation().id()))
                .orElseThrow(() -> new DomainValidationException("directory.error.notFound", "No such person"));
        if (person.version() != expectedVersion) {
            throw new StaleEditException("Person", personId);
        }
        return person;
    }

    private Person manager(Long managerId, Long organisationId, Long personId) {
        if (managerId == null) {
            return null;
        }
        if (managerId.equals(personId)) {
            throw new DomainValidationException("directory.error.managerSelf", "Nobody is their own manager");
        }
        return people.findById(managerId)
                .filter(Person::isActive)
                .filter(m -> m.organisation().id().equals(organisationId))
                .orElseThrow(() -> new DomainValidationException("directory.error.manager", "Unknown manager"));
    }

    static String localSubject(String email) {
        return "local:" + email;
    }

    static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new DomainValidationException("directory.error.name", "A name of at most 200 characters");
        }
        return trimmed;
    }

    static String checkedEmail(String email) {
        String normalised = EmailAddresses.normalised(email);
        if (normalised == null) {
            throw new DomainValidationException("directory.error.email", "Not an e-mail address");
        }
        return normalised;
    }

    static Set<Role> checkedRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainValidationException("directory.error.noRole", "At least one portal role");
        }
        for (Role role : roles) {
            if (!StaffRoles.mayGive(role)) {
                throw new DomainValidationException("directory.error.forbiddenRole", "Not a role you may give");
            }
        }
        return roles;
    }
}
