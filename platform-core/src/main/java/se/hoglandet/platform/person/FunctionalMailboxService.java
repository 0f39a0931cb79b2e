package se.hoglandet.platform.person;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationKind;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.guard.AnonymousAccess;
import se.hoglandet.platform.shared.guard.RequiresRole;
import se.hoglandet.platform.shared.guard.SystemAccess;

/**
 * Functional mailboxes per organisation and routing duty, kept by the organisation's administrator, and the
 * warning the organisation page shows: duties that routing needs with nobody and no mailbox.
 */
@Service
@Transactional(readOnly = true)
public class FunctionalMailboxService {

    private final FunctionalMailboxRepository mailboxes;
    private final PersonRepository people;
    private final CurrentActor currentActor;
    private final EntityManager entityManager;
    private final OrganisationService organisations;

    FunctionalMailboxService(
            FunctionalMailboxRepository mailboxes,
            PersonRepository people,
            CurrentActor currentActor,
            EntityManager entityManager,
            OrganisationService organisations) {
        this.organisations = organisations;
        this.mailboxes = mailboxes;
        this.people = people;
        this.currentActor = currentActor;
        this.entityManager = entityManager;
    }

    /** The organisation's mailboxes, for its administrators and federation staff. */
    @RequiresRole({Role.ORG_ADMIN, Role.FEDERATION_STAFF})
    public List<FunctionalMailbox> mailboxesOf(Long organisationId) {
        requireOverseer(organisationId);
        return mailboxes.findByOrganisationIdOrderByDuty(organisationId);
    }

    /** Sets (or, with a blank address, removes) the administrator's own organisation's mailbox for a duty. */
    @RequiresRole(Role.ORG_ADMIN)
    @Transactional
    public Optional<FunctionalMailbox> setMailbox(RoutingDuty duty, String address) {
        if (duty == null) {
            throw new DomainValidationException("directory.error.duty", "Which duty?");
        }
        Long organisationId = currentActor.get().organisationId();
        FunctionalMailbox.Key key = new FunctionalMailbox.Key(organisationId, duty);
        if (address == null || address.isBlank()) {
            mailboxes.findById(key).ifPresent(mailboxes::delete);
            return Optional.empty();
        }
        String normalised = EmailAddresses.normalised(address);
        if (normalised == null) {
            throw new DomainValidationException("directory.error.email", "Not an e-mail address");
        }
        FunctionalMailbox mailbox =
                mailboxes.findById(key).orElseGet(() -> new FunctionalMailbox(organisationId, duty, normalised));
        mailbox.changeAddress(normalised);
        return Optional.of(mailboxes.save(mailbox));
    }

    /** The duties routing needs that have neither an active person holding the duty's role nor a mailbox. */
    @RequiresRole({Role.ORG_ADMIN, Role.FEDERATION_STAFF})
    public Set<RoutingDuty> unstaffedDuties(Long organisationId) {
        requireOverseer(organisationId);
        Set<RoutingDuty> withMailbox = EnumSet.noneOf(RoutingDuty.class);
        mailboxes.findByOrganisationIdOrderByDuty(organisationId).forEach(m -> withMailbox.add(m.duty()));
        Set<Role> staffed = EnumSet.noneOf(Role.class);
        for (Object[] row : people.countByOrganisationAndRole(organisationId)) {
            staffed.add((Role) row[1]);
        }
        return unstaffed(staffed, withMailbox);
    }

    /**
     * Federation staff's overview: for every active organisation with a gap, the duties routing needs that have
     * nobody and no mailbox, by organisation name. Two statements whatever the number of organisations.
     */
    @RequiresRole(Role.FEDERATION_STAFF)
    public Map<Organisation, Set<RoutingDuty>> unstaffedDutiesEverywhere() {
        Map<Long, Set<RoutingDuty>> withMailbox = new HashMap<>();
        mailboxes
                .findAll()
                .forEach(m -> withMailbox
                        .computeIfAbsent(m.organisationId(), id -> EnumSet.noneOf(RoutingDuty.class))
                        .add(m.duty()));
        Map<Long, Set<Role>> staffed = new HashMap<>();
        for (Object[] row : people.countByOrganisationAndRole(null)) {
            staffed.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(Role.class))
                    .add((Role) row[1]);
        }
        Map<Organisation, Set<RoutingDuty>> gaps = new LinkedHashMap<>();
        for (Organisation organisation : organisations.pickable()) {
            Set<RoutingDuty> unstaffed = unstaffed(
                    staffed.getOrDefault(organisation.id(), Set.of()),
                    withMailbox.getOrDefault(organisation.id(), Set.of()));
            if (!unstaffed.isEmpty()) {
                gaps.put(organisation, unstaffed);
            }
        }
        return gaps;
    }

    private static Set<RoutingDuty> unstaffed(Set<Role> staffed, Set<RoutingDuty> withMailbox) {
        Set<RoutingDuty> unstaffed = EnumSet.noneOf(RoutingDuty.class);
        for (RoutingDuty duty : RoutingDuty.values()) {
            boolean hasPerson = duty.role().map(staffed::contains).orElse(false);
            if (!hasPerson && !withMailbox.contains(duty)) {
                unstaffed.add(duty);
            }
        }
        return unstaffed;
    }

    /** The mailbox of a duty, for routing. */
    @SystemAccess("Routing reads a duty's mailbox after a change, outside any user's request")
    public Optional<String> mailboxFor(Long organisationId, RoutingDuty duty) {
        return mailboxes
                .findById(new FunctionalMailbox.Key(organisationId, duty))
                .map(FunctionalMailbox::address);
    }

    /**
     * Where a resident reaches an organisation about its published work: its registry (diarium) mailbox, which is a
     * public address by law and practice, or the federation's when it has none.
     */
    @AnonymousAccess
    public Optional<String> publicAddress(String organisationCode) {
        Optional<String> own = organisationCode == null
                ? Optional.empty()
                : entityManager
                        .createQuery(
                                "select m.address from FunctionalMailbox m, Organisation o where m.organisationId = o.id"
                                        + " and o.code = :code and m.duty = :duty",
                                String.class)
                        .setParameter("code", organisationCode)
                        .setParameter("duty", RoutingDuty.REGISTRY)
                        .getResultStream()
                        .findFirst();
        return own.or(() -> federationMailboxFor(RoutingDuty.REGISTRY));
    }

    /** The federation's mailbox of a duty: the fallback offered when an organisation would reach nobody. */
    @SystemAccess("Routing offers the federation's mailbox before and after a report")
    public Optional<String> federationMailboxFor(RoutingDuty duty) {
        return entityManager
                .createQuery(
                        "select m.address from FunctionalMailbox m, Organisation o where m.organisationId = o.id"
                                + " and o.kind = :kind and o.active = true and m.duty = :duty",
                        String.class)
                .setParameter("kind", OrganisationKind.FEDERATION)
                .setParameter("duty", duty)
                .getResultStream()
                .findFirst();
    }

    private void requireOverseer(Long organisationId) {
        Actor actor = currentActor.get();
        if (!actor.hasRole(Role.FEDERATION_STAFF) && !actor.belongsTo(organisationId)) {
            throw new PermissionDeniedException("Only the organisation's administrators or federation staff");
        }
    }
}
