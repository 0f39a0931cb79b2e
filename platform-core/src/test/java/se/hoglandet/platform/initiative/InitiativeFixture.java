package se.hoglandet.platform.initiative;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import se.hoglandet.platform.person.LoginIdentity;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;

/** Real people (profiles in the database) and complete initiative descriptions for the initiative tests. */
final class InitiativeFixture {

    private final PersonService people;

    InitiativeFixture(PersonService people) {
        this.people = people;
    }

    /** A person of {@code organisation} with exactly {@code roles} (plus MEMBER), signed in once. */
    Actor person(String organisation, Role... roles) {
        String name = organisation + "-" + UUID.randomUUID().toString().substring(0, 8);
        EnumSet<Role> all = EnumSet.of(Role.MEMBER);
        all.addAll(Set.of(roles));
        Person person = people.recordLogin(
                new LoginIdentity("test:" + name, name, name + "@example.invalid", organisation, all));
        return new Actor(
                person.id(), person.displayName(), person.organisation().id(), organisation, all);
    }

    static InitiativeDetails details(String title) {
        return new InitiativeDetails(
                title,
                "Kort sammanfattning av " + title,
                "Syfte",
                "Kontakt",
                "ai@example.invalid",
                Area.ADMINISTRATION,
                AiType.GENERATIVE,
                "Verktyg",
                "Leverantör",
                "Data",
                DataClass.PUBLIC,
                "Rättslig grund",
                "Tillsyn",
                "Transparens",
                AiActRole.DEPLOYER,
                RiskGroup.MINIMAL,
                LocalDate.of(2026, 1, 1),
                null,
                "100 timmar",
                "https://example.invalid",
                Set.of("test"));
    }
}
