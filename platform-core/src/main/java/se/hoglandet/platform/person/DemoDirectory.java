package se.hoglandet.platform.person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.shared.Role;

/**
 * Demo mode only: a staff list for every organisation, people who never signed in (invented names, marked as demo
 * data, addresses under {@code demo.invalid}), with their nearest managers and the functional mailboxes. Every
 * routing duty is filled in Eksjö; elsewhere some are missing, so that the organisation page's warnings and the
 * incident form's "who will be told" can be tried. Only adds what is missing.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 15) // after the demo organisations, before demo content that notifies
class DemoDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    /** A person: name, roles, and the index of their manager in the same list (-1: none). */
    private record Staff(String name, Set<Role> roles, int manager) {}

    private static Staff staff(String name, int manager, Role... roles) {
        EnumSet<Role> all = EnumSet.of(Role.MEMBER);
        all.addAll(List.of(roles));
        return new Staff(name, all, manager);
    }

    private static final Map<String, List<Staff>> STAFF = Map.of(
            "hoglandsforbundet",
            List.of(
                    staff("Gunilla Frost", -1, Role.ORG_ADMIN),
                    staff("Daniel Rosén", 0, Role.FEDERATION_STAFF),
                    staff("Cecilia Vik", 0, Role.ACADEMY_ADMIN),
                    staff("Robert Krantz", 0, Role.DPO, Role.LAWYER)),
            "eksjo",
            List.of(
                    staff("Annika Holm", -1, Role.ORG_ADMIN),
                    staff("Mikael Berg", 0, Role.IT_MANAGER),
                    staff("Sara Lindqvist", 1, Role.INFOSEC),
                    staff("Johan Ek", 0, Role.DPO),
                    staff("Maria Sandberg", 0, Role.LAWYER),
                    staff("Peter Nyström", 0, Role.PROCUREMENT),
                    staff("Elin Forsberg", 1, Role.PROJECT_LEAD),
                    staff("Oskar Wallin", 6),
                    staff("Lena Åberg", 6)),
            "aneby",
            List.of(
                    staff("Karin Björk", -1, Role.ORG_ADMIN),
                    staff("Henrik Strand", 0, Role.IT_MANAGER),
                    staff("Emma Lund", 0, Role.PROJECT_LEAD),
                    staff("Anders Hed", 2)),
            "nassjo",
            List.of(
                    staff("Ulrika Sjöberg", -1, Role.ORG_ADMIN),
                    staff("Fredrik Dahl", 0, Role.INFOSEC),
                    staff("Camilla Ström", 0, Role.PROJECT_LEAD),
                    staff("Jonas Blom", 2)),
            "savsjo",
            List.of(
                    staff("Eva Hellström", -1, Role.ORG_ADMIN),
                    staff("Niklas Engström", 0, Role.DPO),
                    staff("Sofia Lind", 0, Role.LAWYER),
                    staff("Patrik Borg", 0, Role.PROJECT_LEAD),
                    staff("Amanda Ek", 3)),
            "vetlanda",
            List.of(
                    staff("Helena Nord", -1, Role.ORG_ADMIN),
                    staff("Marcus Ahl", 0, Role.IT_MANAGER),
                    staff("Ida Falk", 0, Role.PROCUREMENT),
                    staff("Tobias Lundgren", 0, Role.PROJECT_LEAD)));

    /** A company's small staff: its managing director, a project lead and an employee. */
    private static final List<Staff> COMPANY_STAFF = List.of(
            staff("Ylva Ring", -1, Role.ORG_ADMIN), staff("Stefan Kron", 0, Role.PROJECT_LEAD), staff("Nora Sten", 1));

    /** The mailboxes of each organisation that has any: Eksjö has every duty, the federation its fallback. */
    private static final Map<String, Set<RoutingDuty>> MAILBOXES = Map.of(
            "eksjo", EnumSet.allOf(RoutingDuty.class),
            "hoglandsforbundet", EnumSet.of(RoutingDuty.INCIDENTS),
            "aneby", EnumSet.of(RoutingDuty.INCIDENTS));

    private final PersonRepository people;
    private final FunctionalMailboxRepository mailboxes;
    private final OrganisationService organisations;

    DemoDirectory(PersonRepository people, FunctionalMailboxRepository mailboxes, OrganisationService organisations) {
        this.people = people;
        this.mailboxes = mailboxes;
        this.organisations = organisations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int added = 0;
        for (Organisation organisation : organisations.allActiveForIndexing()) {
            if (people.findByOrganisation(organisation.id()).stream().anyMatch(Person::isDemo)) {
                continue;
            }
            List<Staff> list =
                    STAFF.getOrDefault(organisation.code(), organisation.parent() == null ? List.of() : COMPANY_STAFF);
            List<Person> seeded = new ArrayList<>();
            for (Staff member : list) {
                String email = address(member.name(), organisation.code());
                Person person = new Person(
                        new DirectoryEntry(
                                null, member.name(), email, organisation.code(), member.roles(), null, email, true),
                        organisation,
                        PersonSource.DEMO,
                        true);
                person.reportTo(member.manager() < 0 ? null : seeded.get(member.manager()));
                seeded.add(people.save(person));
                added++;
            }
            for (RoutingDuty duty : MAILBOXES.getOrDefault(organisation.code(), Set.of())) {
                FunctionalMailbox.Key key = new FunctionalMailbox.Key(organisation.id(), duty);
                if (mailboxes.findById(key).isEmpty()) {
                    mailboxes.save(new FunctionalMailbox(
                            organisation.id(),
                            duty,
                            duty.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + organisation.code()
                                    + "@demo.invalid"));
                }
            }
        }
        if (added > 0) {
            log.info("Demo mode: added {} people to the staff directory", added);
        }
    }

    /** {@code förnamn.efternamn.organisation@demo.invalid}, without diacritics. */
    static String address(String name, String organisationCode) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace(' ', '.');
        return ascii + "." + organisationCode + "@demo.invalid";
    }
}
