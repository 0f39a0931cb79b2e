package se.hoglandet.platform.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.person.FunctionalMailboxService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.RoutingDuty;
import se.hoglandet.platform.shared.Role;

/**
 * Who is told of an incident (the Kalix guideline): the organisation's information-security officers, DPOs and IT
 * managers, the reporter's nearest manager and the organisation's incident mailbox, whether or not they ever signed
 * in. The same answer serves the form (before sending) and the notifier (after the commit).
 */
@Component
class IncidentRouter {

    private final PersonService people;
    private final FunctionalMailboxService mailboxes;

    IncidentRouter(PersonService people, FunctionalMailboxService mailboxes) {
        this.people = people;
        this.mailboxes = mailboxes;
    }

    IncidentRouting routeFor(Long organisationId, Long reporterPersonId) {
        Map<Long, IncidentRouting.Recipient> told = new LinkedHashMap<>();
        for (Role role : List.of(Role.INFOSEC, Role.DPO, Role.IT_MANAGER)) {
            for (Person handler : people.peopleWithRole(organisationId, role)) {
                add(told, handler, role.name());
            }
        }
        people.nearestManagerOf(reporterPersonId).ifPresent(manager -> add(told, manager, IncidentRouting.MANAGER));
        told.remove(reporterPersonId);
        return new IncidentRouting(
                new ArrayList<>(told.values()),
                mailboxes.mailboxFor(organisationId, RoutingDuty.INCIDENTS).orElse(null),
                mailboxes.federationMailboxFor(RoutingDuty.INCIDENTS).orElse(null));
    }

    private static void add(Map<Long, IncidentRouting.Recipient> told, Person person, String reason) {
        IncidentRouting.Recipient before = told.get(person.id());
        List<String> reasons = new ArrayList<>(before == null ? List.of() : before.reasons());
        reasons.add(reason);
        told.put(person.id(), new IncidentRouting.Recipient(person.id(), person.displayName(), reasons));
    }
}
