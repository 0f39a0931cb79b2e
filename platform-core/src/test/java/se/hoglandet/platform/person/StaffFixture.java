package se.hoglandet.platform.person;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;

/**
 * Staff the way the directory gets them: an organisation of its own per test (a company of Eksjö, so that people
 * other tests add elsewhere never count), its administrator, and people imported from CSV who never signed in.
 */
public final class StaffFixture {

    private final StaffImportService imports;
    private final PersonService people;
    private final ActingAs actingAs;
    private final JdbcTemplate jdbc;

    public StaffFixture(StaffImportService imports, PersonService people, ActingAs actingAs, JdbcTemplate jdbc) {
        this.imports = imports;
        this.people = people;
        this.actingAs = actingAs;
        this.jdbc = jdbc;
    }

    /** A new active company under Eksjö; returns its code. */
    public String newOrganisation(String name) {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        long eksjo = jdbc.queryForObject("select id from organisation where code = 'eksjo'", Long.class);
        jdbc.update(
                "insert into organisation (code, name, kind, parent_id, active, demo, version)"
                        + " values (?, ?, 'COMPANY', ?, true, false, 0)",
                code,
                name + " " + code,
                eksjo);
        return code;
    }

    public long organisationId(String code) {
        return jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
    }

    /** The organisation's administrator, signed in (a real person, so that audits and notifications work). */
    public Actor administrator(String code) {
        return signedIn(code, "admin", Role.ORG_ADMIN);
    }

    /** A person of the organisation who signs in with exactly these roles (plus MEMBER). */
    public Actor signedIn(String code, String name, Role... roles) {
        String unique = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        EnumSet<Role> all = EnumSet.of(Role.MEMBER);
        all.addAll(Set.of(roles));
        Person person =
                people.recordLogin(new LoginIdentity("test:" + unique, unique, unique + "@example.invalid", code, all));
        return actorOf(person);
    }

    /** Imports the CSV as the organisation's administrator: people who never signed in. */
    public List<Person> importStaff(String code, String csv) {
        return actingAs.as(administrator(code), () -> imports.importStaff(csv));
    }

    public static Actor actorOf(Person person) {
        return new Actor(
                person.id(),
                person.displayName(),
                person.organisation().id(),
                person.organisation().code(),
                person.roles());
    }
}
