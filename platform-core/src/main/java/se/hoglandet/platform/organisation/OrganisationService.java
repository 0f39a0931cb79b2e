package se.hoglandet.platform.organisation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;
import se.hoglandet.platform.shared.guard.RoleSets;
import se.hoglandet.platform.shared.guard.SystemAccess;

/**
 * The organisations (tenants). The federation and the five municipalities come from the migration; companies are
 * managed here: an ORG_ADMIN of a municipality manages that municipality's companies, a PLATFORM_ADMIN all of them.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    /** The organisation's record type key (audit log, search). */
    public static final String RECORD_TYPE = "organisation";

    private final OrganisationRepository organisations;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    OrganisationService(
            OrganisationRepository organisations,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
    }

    @RequiresLogin
    public Page<Organisation> list(boolean includeInactive, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"));
        return organisations.findPage(includeInactive, sorted);
    }

    /** The active organisations a picker offers, by name (a few hundred at most, so one list, one query). */
    @RequiresLogin
    public List<Organisation> pickable() {
        return organisations.findByActiveTrueOrderByName();
    }

    /** The same, without the current actor's own organisation: partners, participants, invitees. */
    @RequiresLogin
    public List<Organisation> pickableOthers() {
        Actor actor = currentActor.get();
        return pickable().stream().filter(o -> !actor.belongsTo(o.id())).toList();
    }

    /** Whether the current actor administers organisations (adds companies, sees inactive ones). */
    @RequiresLogin
    public boolean mayAdminister() {
        return RoleSets.admits(currentActor.get(), OrganisationAdmins.class);
    }

    /** The municipalities under which the current actor may add companies. */
    @OrganisationAdmins
    public List<Organisation> municipalitiesManagedByMe() {
        Actor actor = currentActor.get();
        return organisations.findAll(Sort.by("name")).stream()
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY && o.isActive())
                .filter(o -> actor.hasRole(Role.PLATFORM_ADMIN) || actor.belongsTo(o.id()))
                .toList();
    }

    /** Whether the current actor may rename or (de)activate this organisation; the UI uses it to show actions. */
    @RequiresLogin
    public boolean canManage(Organisation organisation) {
        return mayManage(currentActor.get(), organisation);
    }

    /** Resolves the organisation code a login carries; an unknown or inactive code is no organisation. */
    @SystemAccess("A login is being completed: the actor is built from this organisation")
    public Optional<Organisation> findActiveByCode(String code) {
        return organisations.findByCode(code).filter(Organisation::isActive);
    }

    /** For the search index: one organisation as it is now, active or not. */
    @SystemAccess("The search indexer reloads a changed record after the change, outside any user's request")
    public Optional<Organisation> findForIndexing(Long organisationId) {
        return organisations.findWithParentById(organisationId);
    }

    /** For rebuilding the search index: every active organisation (a few hundred at most). */
    @SystemAccess("Rebuilding the search index reads every record, outside any user's request")
    public List<Organisation> allActiveForIndexing() {
        return organisations
                .findPage(false, PageRequest.of(0, 10_000, Sort.by("id")))
                .getContent();
    }

    @OrganisationAdmins
    @Transactional
    public Organisation addCompany(NewCompany request) {
        Organisation municipality = organisations
                .findById(request.municipalityId())
                .orElseThrow(() -> new DomainValidationException(
                        "organisation.error.parentMustBeMunicipality", "Unknown municipality"));
        Actor actor = currentActor.get();
        if (!actor.hasRole(Role.PLATFORM_ADMIN)
                && !(actor.hasRole(Role.ORG_ADMIN) && actor.belongsTo(municipality.id()))) {
            throw new PermissionDeniedException("Only the municipality's own administrators add its companies");
        }
        Organisation company = Organisation.company(uniqueCode(request.name()), request.name(), municipality);
        company.changeOrganisationNumber(request.organisationNumber());
        Organisation saved = organisations.saveAndFlush(company);
        audit.record(
                RECORD_TYPE,
                saved.id(),
                "ADDED",
                AuditChange.of("name", null, saved.name()),
                AuditChange.of("organisationNumber", null, saved.organisationNumber()),
                AuditChange.of("parent", null, municipality.code()));
        events.publishEvent(new CompanyAdded(saved.id(), saved.name(), municipality.id(), actor.personId()));
        events.publishEvent(new OrganisationUpdated(saved.id()));
        return saved;
    }

    @OrganisationAdmins
    @Transactional
    public Organisation update(OrganisationChange change) {
        Organisation organisation = loadForManagement(change.organisationId(), change.expectedVersion());
        String nameBefore = organisation.name();
        String numberBefore = organisation.organisationNumber();
        organisation.rename(change.name());
        organisation.changeOrganisationNumber(change.organisationNumber());
        Organisation saved = organisations.saveAndFlush(organisation);
        audit.record(
                RECORD_TYPE,
                saved.id(),
                "CHANGED",
                AuditChange.of("name", nameBefore, saved.name()),
                AuditChange.of("organisationNumber", numberBefore, saved.organisationNumber()));
        events.publishEvent(new OrganisationUpdated(saved.id()));
        return saved;
    }

    @OrganisationAdmins
    @Transactional
    public Organisation deactivate(Long organisationId, long expectedVersion) {
        Organisation organisation = loadForManagement(organisationId, expectedVersion);
        organisation.deactivate();
        Organisation saved = organisations.saveAndFlush(organisation);
        audit.record(RECORD_TYPE, saved.id(), "DEACTIVATED", AuditChange.of("active", true, false));
        events.publishEvent(new OrganisationDeactivated(
                saved.id(), saved.name(), saved.parentId(), currentActor.get().personId()));
        events.publishEvent(new OrganisationUpdated(saved.id()));
        return saved;
    }

    @OrganisationAdmins
    @Transactional
    public Organisation reactivate(Long organisationId, long expectedVersion) {
        Organisation organisation = loadForManagement(organisationId, expectedVersion);
        organisation.reactivate();
        Organisation saved = organisations.saveAndFlush(organisation);
        audit.record(RECORD_TYPE, saved.id(), "REACTIVATED", AuditChange.of("active", false, true));
        events.publishEvent(new OrganisationUpdated(saved.id()));
        return saved;
    }

    /** The current actor's own organisation's settings, and whether they may change them. */
    @RequiresLogin
    public OrganisationSettings mySettings() {
        Actor actor = currentActor.get();
        Organisation own = organisations
                .findById(actor.organisationId())
                .orElseThrow(
                        () -> new DomainValidationException("organisation.error.notFound", "No such organisation"));
        return new OrganisationSettings(
                own.id(), own.name(), own.version(), own.lastSignerMayDecide(), maySetDuties(actor, own));
    }

    /**
     * Separation of duties in legal assessments: whether the person who gave a review round's last required
     * sign-off may also decide. The organisation's own administrator chooses; off by default.
     */
    @RequiresRole(Role.ORG_ADMIN)
    @Transactional
    public Organisation allowLastSignerToDecide(Long organisationId, long expectedVersion, boolean allowed) {
        Organisation organisation = organisations
                .findById(organisationId == null ? -1L : organisationId)
                .orElseThrow(
                        () -> new DomainValidationException("organisation.error.notFound", "No such organisation"));
        if (!maySetDuties(currentActor.get(), organisation)) {
            throw new PermissionDeniedException("Only the organisation's own administrators change its settings");
        }
        if (organisation.version() != expectedVersion) {
            throw new StaleEditException("Organisation", organisationId);
        }
        boolean before = organisation.lastSignerMayDecide();
        organisation.allowLastSignerToDecide(allowed);
        Organisation saved = organisations.saveAndFlush(organisation);
        audit.record(
                RECORD_TYPE,
                saved.id(),
                "SETTINGS_CHANGED",
                before == allowed ? null : AuditChange.of("lastSignerMayDecide", before, allowed));
        return saved;
    }

    private static boolean maySetDuties(Actor actor, Organisation organisation) {
        return actor.hasRole(Role.ORG_ADMIN) && actor.belongsTo(organisation.id());
    }

    private Organisation loadForManagement(Long id, long expectedVersion) {
        Organisation organisation = organisations
                .findById(id)
                .orElseThrow(
                        () -> new DomainValidationException("organisation.error.notFound", "No such organisation"));
        if (!mayManage(currentActor.get(), organisation)) {
            throw new PermissionDeniedException("Not an administrator of " + organisation.code());
        }
        if (organisation.version() != expectedVersion) {
            throw new StaleEditException("Organisation", id);
        }
        return organisation;
    }

    /** PLATFORM_ADMIN manages every organisation; ORG_ADMIN of a municipality manages that municipality's companies. */
    static boolean mayManage(Actor actor, Organisation organisation) {
        if (actor.hasRole(Role.PLATFORM_ADMIN)) {
            return true;
        }
        return actor.hasRole(Role.ORG_ADMIN)
                && organisation.kind() == OrganisationKind.COMPANY
                && actor.belongsTo(organisation.parentId());
    }

    /** A stable code derived from the name: lower case ASCII, no spaces, made unique with a number if needed. */
    private String uniqueCode(String name) {
        String base = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        if (base.isEmpty()) {
            base = "org";
        }
        base = base.substring(0, Math.min(base.length(), 56));
        String candidate = base;
        for (int n = 2; organisations.existsByCode(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }
}
