package se.hoglandet.platform.network;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
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
import se.hoglandet.platform.shared.LikePatterns;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.SystemAccess;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * Networks and their members. Anyone signed in founds a network, owned by their organisation, and becomes its first
 * coordinator; people join an open network themselves, ask to join one on request, or are added by a coordinator.
 * The active members' organisations are the network's participating organisations, so who may read it follows the
 * truth table with its visibility.
 */
@Service
@Transactional(readOnly = true)
public class NetworkService {

    static final String RECORD_TYPE = "network";

    private final NetworkRepository networks;
    private final NetworkMemberRepository members;
    private final NetworkQuestionRepository questions;
    private final NetworkAccess access;
    private final PersonService people;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NetworkService(
            NetworkRepository networks,
            NetworkMemberRepository members,
            NetworkQuestionRepository questions,
            NetworkAccess access,
            PersonService people,
            EntityManager entityManager,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.networks = networks;
        this.members = members;
        this.questions = questions;
        this.access = access;
        this.people = people;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The networks the actor may read whose name contains {@code text}, by name. */
    @RequiresLogin
    public Page<Network> list(String text, Pageable pageable) {
        return networks.findAll(
                VisibilityRules.<Network>readableBy(currentActor.get()).and(named(text)), pageable);
    }

    /** Whether the actor founds networks ({@link #create} asks only for a login). */
    @RequiresLogin
    public boolean mayCreate() {
        return !currentActor.get().isAnonymous();
    }

    @RequiresLogin
    public NetworkDetail detail(Long id) {
        Standing standing = access.standing(id);
        Network network = standing.network();
        List<NetworkMember> all = members.ofNetwork(id).stream()
                .filter(m -> m.isActive() || standing.mayManage())
                .toList();
        List<Organisation> organisations = network.participatingOrganisations().stream()
                .sorted(Comparator.comparing(Organisation::name))
                .toList();
        return new NetworkDetail(
                network,
                all,
                organisations,
                standing.mayManage(),
                standing.mayJoin(),
                standing.hasAsked(),
                standing.isMember());
    }

    /** Founds a network owned by the actor's organisation, with the actor as its first coordinator. */
    @RequiresLogin
    @Transactional
    public Network create(NetworkDraft draft) {
        Actor actor = currentActor.get();
        Organisation owner = entityManager.find(Organisation.class, actor.organisationId());
        Network created = new Network(owner, draft, actor.personId(), clock.instant(), false);
        created.replaceNamedOrganisations(organisations(draft.namedOrganisationIds()));
        Network network = networks.saveAndFlush(created);
        members.save(new NetworkMember(
                network.id(), person(actor.personId()), MemberRole.COORDINATOR, MemberStatus.ACTIVE, clock.instant()));
        syncParticipants(network);
        audit.record(
                RECORD_TYPE,
                network.id(),
                "CREATED",
                AuditChange.of("name", null, network.name()),
                AuditChange.of("membershipMode", null, network.membershipMode()),
                AuditChange.of("visibility", null, network.visibility()));
        changed(network);
        return network;
    }

    /** Replaces name, purpose, membership mode and visibility; refused if someone saved in between. */
    @RequiresLogin
    @Transactional
    public Network update(Long id, long expectedVersion, NetworkDraft draft) {
        Network network = access.manager(id).network();
        if (network.version() != expectedVersion) {
            throw new StaleEditException("Network", id);
        }
        NetworkDraft before = network.draft();
        network.describe(draft, clock.instant());
        network.replaceNamedOrganisations(organisations(draft.namedOrganisationIds()));
        Network saved = networks.saveAndFlush(network);
        audit.record(
                RECORD_TYPE,
                id,
                "CHANGED",
                AuditChange.of("name", before.name(), saved.name()),
                AuditChange.of("purpose", before.purpose(), saved.purpose()),
                AuditChange.of("membershipMode", before.membershipMode(), saved.membershipMode()),
                AuditChange.of("visibility", before.visibility(), saved.visibility()));
        changed(saved);
        return saved;
    }

    /**
     * Joins an open network at once, or asks to join one on request (its coordinators decide); a network by
     * invitation takes only the people its coordinators add.
     */
    @RequiresLogin
    @Transactional
    public NetworkMember join(Long id) {
        Standing standing = access.standing(id);
        Network network = standing.network();
        if (standing.membership() != null) {
            throw alreadyMember();
        }
        if (network.membershipMode() == MembershipMode.BY_INVITATION) {
            throw new DomainValidationException(
                    "network.error.byInvitation", "This network takes members by invitation");
        }
        boolean open = network.membershipMode() == MembershipMode.OPEN;
        NetworkMember member = members.saveAndFlush(new NetworkMember(
                id,
                person(standing.actor().personId()),
                MemberRole.MEMBER,
                open ? MemberStatus.ACTIVE : MemberStatus.REQUESTED,
                clock.instant()));
        audit.record(RECORD_TYPE, id, open ? "JOINED" : "ASKED_TO_JOIN", memberChange(member));
        if (open) {
            syncParticipants(network);
            changed(network);
        } else {
            events.publishEvent(new NetworkEvents.MembershipRequested(member.id()));
        }
        return member;
    }

    /** Adds a person of any organisation (from the directory) as member or coordinator; never twice. */
    @RequiresLogin
    @Transactional
    public NetworkMember addMember(Long id, Long personId, MemberRole role) {
        Network network = access.manager(id).network();
        Person person = people.findById(personId)
                .filter(Person::isActive)
                .orElseThrow(() -> new DomainValidationException("network.error.person", "Choose a person"));
        if (members.existsByNetworkIdAndPersonId(id, personId)) {
            throw alreadyMember();
        }
        NetworkMember member = members.saveAndFlush(new NetworkMember(
                id, person, role == null ? MemberRole.MEMBER : role, MemberStatus.ACTIVE, clock.instant()));
        audit.record(RECORD_TYPE, id, "MEMBER_ADDED", memberChange(member));
        syncParticipants(network);
        changed(network);
        events.publishEvent(new NetworkEvents.MemberAdded(member.id()));
        return member;
    }

    /** Lets in someone who asked to join. */
    @RequiresLogin
    @Transactional
    public NetworkMember approve(Long memberId) {
        NetworkMember member =
                members.findById(memberId == null ? -1L : memberId).orElseThrow(NetworkAccess::notFound);
        Network network = access.manager(member.networkId()).network();
        if (member.isActive()) {
            return member;
        }
        member.approve(clock.instant());
        members.saveAndFlush(member);
        audit.record(RECORD_TYPE, network.id(), "MEMBER_APPROVED", memberChange(member));
        syncParticipants(network);
        changed(network);
        events.publishEvent(new NetworkEvents.MemberAdded(member.id()));
        return member;
    }

    /** Makes a member coordinator, or a coordinator a member again. */
    @RequiresLogin
    @Transactional
    public NetworkMember changeRole(Long memberId, long expectedVersion, MemberRole role) {
        NetworkMember member =
                members.findById(memberId == null ? -1L : memberId).orElseThrow(NetworkAccess::notFound);
        access.manager(member.networkId());
        if (member.version() != expectedVersion) {
            throw new StaleEditException("Network member", memberId);
        }
        if (role == null) {
            throw new DomainValidationException("network.error.role", "Choose a role");
        }
        MemberRole before = member.role();
        member.changeRole(role);
        members.saveAndFlush(member);
        audit.record(RECORD_TYPE, member.networkId(), "ROLE_CHANGED", AuditChange.of("role", before, role));
        return member;
    }

    /** Removes a member (or declines a request to join); the members themselves leave with {@link #leave}. */
    @RequiresLogin
    @Transactional
    public void remove(Long memberId) {
        NetworkMember member =
                members.findById(memberId == null ? -1L : memberId).orElseThrow(NetworkAccess::notFound);
        Network network = access.manager(member.networkId()).network();
        drop(network, member, "MEMBER_REMOVED");
    }

    @RequiresLogin
    @Transactional
    public void leave(Long id) {
        Standing standing = access.standing(id);
        if (standing.membership() == null) {
            return;
        }
        drop(standing.network(), standing.membership(), "LEFT");
    }

    @SystemAccess("The search indexer reloads a changed network after the change, outside any user's request")
    public Optional<Network> findForIndexing(Long id) {
        return networks.findWithOwnerById(id).map(NetworkService::initialised);
    }

    @SystemAccess("Rebuilding the search index walks every network in id order, outside any user's request")
    public List<Long> idsForIndexing(long afterId, int limit) {
        return networks.idsAfter(afterId, Limit.of(limit));
    }

    @SystemAccess("Rebuilding the search index loads networks batch by batch, outside any user's request")
    public List<Network> loadForIndexing(java.util.Collection<Long> ids) {
        return networks.findByIdIn(ids).stream()
                .map(NetworkService::initialised)
                .toList();
    }

    private void drop(Network network, NetworkMember member, String action) {
        audit.record(RECORD_TYPE, network.id(), action, memberChange(member));
        members.delete(member);
        members.flush();
        syncParticipants(network);
        changed(network);
    }

    /** The active members' organisations become the participating organisations (the truth table's input). */
    private void syncParticipants(Network network) {
        List<Organisation> organisations = members.activeOrganisationIds(network.id()).stream()
                .map(organisationId -> entityManager.find(Organisation.class, organisationId))
                .toList();
        network.replaceParticipatingOrganisations(organisations);
        network.touched(clock.instant());
        networks.saveAndFlush(network);
    }

    /** Search reindexes the network and its questions, whose readers are the network's. */
    private void changed(Network network) {
        events.publishEvent(new NetworkChanged(network.id()));
        questions
                .findByNetworkId(network.id())
                .forEach(question -> events.publishEvent(new NetworkQuestionChanged(question.id())));
    }

    private List<Organisation> organisations(java.util.Collection<Long> ids) {
        return ids.stream()
                .map(organisationId -> {
                    Organisation organisation = entityManager.find(Organisation.class, organisationId);
                    if (organisation == null || !organisation.isActive()) {
                        throw new DomainValidationException(
                                "initiative.error.organisation", "Unknown or inactive organisation");
                    }
                    return organisation;
                })
                .toList();
    }

    private Person person(Long personId) {
        return people.findById(personId).orElseThrow(() -> new PermissionDeniedException("Unknown person"));
    }

    private static AuditChange memberChange(NetworkMember member) {
        return AuditChange.of("member", null, member.person().displayName() + " (" + member.role() + ")");
    }

    private static DomainValidationException alreadyMember() {
        return new DomainValidationException("network.error.alreadyMember", "The person is already a member");
    }

    private static Network initialised(Network network) {
        network.ownerOrganisation().name();
        network.participatingOrganisations();
        network.namedOrganisations();
        return network;
    }

    private static Specification<Network> named(String text) {
        return (root, query, cb) -> text == null || text.isBlank()
                ? cb.conjunction()
                : cb.like(cb.lower(root.get("name")), LikePatterns.containing(text), LikePatterns.ESCAPE);
    }
}
