package se.hoglandet.platform.person;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.LikePatterns;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;
import se.hoglandet.platform.shared.guard.SystemAccess;

/**
 * People in the staff directory: linked to their login (by subject, or by a verified e-mail of the same
 * organisation), refreshed at every login, read and tuned (language) by their owner, and found for routing and
 * pickers. Only active people are routed to or offered.
 */
@Service
@Transactional(readOnly = true)
public class PersonService {

    private final PersonRepository people;
    private final OrganisationService organisations;
    private final CurrentActor currentActor;
    private final Clock clock;

    PersonService(PersonRepository people, OrganisationService organisations, CurrentActor currentActor, Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Links the login to the person's directory entry (by subject; else by a verified e-mail of the same
     * organisation that no login links yet), or creates the entry at a first login nobody announced, and refreshes
     * name, e-mail, organisation and roles from the identity provider: its roles win over the directory's.
     *
     * @throws UnknownOrganisationException when the organisation code is unknown or deactivated
     */
    @SystemAccess("Runs while a login is completed, before an actor exists")
    @Transactional
    public Person recordLogin(LoginIdentity identity) {
        Organisation organisation = organisations
                .findActiveByCode(identity.organisationCode())
                .orElseThrow(() -> new UnknownOrganisationException(identity.organisationCode()));
        Person person = people.findBySubject(identity.subject())
                .or(() -> linkedByVerifiedEmail(identity, organisation))
                .orElseGet(() -> new Person(identity.subject(), organisation));
        person.refreshFromLogin(identity, organisation, clock.instant());
        return people.save(person);
    }

    private Optional<Person> linkedByVerifiedEmail(LoginIdentity identity, Organisation organisation) {
        if (!identity.emailVerified()
                || identity.email() == null
                || identity.email().isBlank()) {
            return Optional.empty();
        }
        List<Person> candidates = people.findUnlinkedByEmail(
                organisation.id(), identity.email().strip().toLowerCase(Locale.ROOT));
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        Person person = candidates.getFirst();
        person.linkLogin(identity.subject());
        return Optional.of(person);
    }

    /** Who holds a role in an organisation (active directory people), e.g. to notify its administrators. */
    @SystemAccess("Notifications find their recipients after a change, outside any user's request")
    public List<Person> peopleWithRole(Long organisationId, Role role) {
        return people.findByOrganisationAndRole(organisationId, role);
    }

    /**
     * The shared expert pool: people of other organisations who hold an expert role (active directory people), for
     * an organisation that wants one of them to review its work. Names and organisations only.
     */
    @RequiresLogin
    public List<Person> expertsOutside(Long organisationId, Role role) {
        return people.findInOtherOrganisationsWithRole(organisationId, role);
    }

    /**
     * Anyone to pick for a task across the federation (a network's member, an action's owner): active directory
     * people of active organisations, with their organisation, whose name contains {@code text}; names and
     * organisations only, as the expert pool shows them.
     */
    @RequiresLogin
    public Page<Person> pickable(String text, Pageable pageable) {
        return people.findPickable(LikePatterns.containing(text == null ? "" : text), pageable);
    }

    /** The people of the administrator's own organisation (active directory people), e.g. to enrol them. */
    @RequiresRole(Role.ORG_ADMIN)
    public List<Person> myStaff() {
        return people.findByOrganisation(currentActor.get().organisationId());
    }

    /** The people of an organisation (active directory people), for services that have checked who may ask. */
    @SystemAccess("Called by services that have already decided who may see an organisation's people")
    public List<Person> peopleOf(Long organisationId) {
        return people.findByOrganisation(organisationId);
    }

    /** The person's nearest manager, when the directory knows an active one. */
    @SystemAccess("Routing finds the reporter's manager after a change, outside any user's request")
    public Optional<Person> nearestManagerOf(Long personId) {
        return people.findWithOrganisationById(personId == null ? -1L : personId)
                .map(Person::manager)
                .filter(Person::isActive)
                .map(manager -> people.findWithOrganisationById(manager.id()).orElseThrow());
    }

    /** A person's profile by id, for notifications and e-mail after a change. */
    @SystemAccess("Notifications read the recipient's address and language outside any user's request")
    public Optional<Person> findById(Long personId) {
        return people.findWithOrganisationById(personId);
    }

    @RequiresLogin
    public Person myProfile() {
        return people.findWithOrganisationById(currentActor.get().personId()).orElseThrow();
    }

    @RequiresLogin
    @Transactional
    public Person chooseLanguage(Language language) {
        Person me =
                people.findWithOrganisationById(currentActor.get().personId()).orElseThrow();
        me.chooseLanguage(language);
        return me;
    }
}
