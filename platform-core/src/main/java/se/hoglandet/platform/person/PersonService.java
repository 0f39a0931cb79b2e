package se.hoglandet.platform.person;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;
import se.hoglandet.platform.shared.guard.SystemAccess;

/** People's profiles: provisioned at login, read and tuned (language) by their owner. */
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
     * Creates the profile at the first login and refreshes name, e-mail and organisation from the identity
     * provider at every later one.
     *
     * @throws UnknownOrganisationException when the organisation code is unknown or deactivated
     */
    @SystemAccess("Runs while a login is completed, before an actor exists")
    @Transactional
    public Person recordLogin(LoginIdentity identity) {
        Organisation organisation = organisations
                .findActiveByCode(identity.organisationCode())
                .orElseThrow(() -> new UnknownOrganisationException(identity.organisationCode()));
        Person person =
                people.findBySubject(identity.subject()).orElseGet(() -> new Person(identity.subject(), organisation));
        person.refreshFromLogin(identity, organisation, clock.instant());
        return people.save(person);
    }

    /** Who holds a role in an organisation (as of their latest login), e.g. to notify its administrators. */
    @SystemAccess("Notifications find their recipients after a change, outside any user's request")
    public List<Person> peopleWithRole(Long organisationId, Role role) {
        return people.findByOrganisationAndRole(organisationId, role);
    }

    /**
     * The shared expert pool: people of other organisations who hold an expert role (as of their latest login), for
     * an organisation that wants one of them to review its work. Names and organisations only.
     */
    @RequiresLogin
    public List<Person> expertsOutside(Long organisationId, Role role) {
        return people.findInOtherOrganisationsWithRole(organisationId, role);
    }

    /** The people of the administrator's own organisation (as of their latest login), e.g. to enrol them. */
    @RequiresRole(Role.ORG_ADMIN)
    public List<Person> myStaff() {
        return people.findByOrganisation(currentActor.get().organisationId());
    }

    /** The people of an organisation (as of their latest login), for services that have checked who may ask. */
    @SystemAccess("Called by services that have already decided who may see an organisation's people")
    public List<Person> peopleOf(Long organisationId) {
        return people.findByOrganisation(organisationId);
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
