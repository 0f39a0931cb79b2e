package se.hoglandet.platform.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The directory kept by hand on MariaDB: an administrator adds, edits and deactivates their own organisation's
 * people (no federation or platform roles, no stale edits); pickers offer only active people; a login links to its
 * entry by subject, or by a verified e-mail of the same organisation, and its roles win; deactivated people are
 * anonymised after the retention period.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class DirectoryServiceTest {

    @Autowired
    DirectoryService directory;

    @Autowired
    StaffImportService imports;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    StaffFixture staff;
    String organisation;
    long organisationId;
    Actor admin;

    @BeforeEach
    void setUp() {
        staff = new StaffFixture(imports, people, actingAs, jdbc);
        organisation = staff.newOrganisation("Handbolaget");
        organisationId = staff.organisationId(organisation);
        admin = staff.administrator(organisation);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void anAdministratorKeepsTheirOwnPeopleByHand() {
        Person chief = actingAs.as(
                admin,
                () -> directory.add(
                        new StaffDraft("Eva Chef", "eva.chef@example.invalid", Set.of(Role.IT_MANAGER), null)));
        Person dpo = actingAs.as(
                admin,
                () -> directory.add(new StaffDraft(
                        " Dag Dpo ", "Dag.Dpo@Example.invalid", Set.of(Role.DPO, Role.MEMBER), chief.id())));
        assertThat(dpo.displayName()).isEqualTo("Dag Dpo");
        assertThat(dpo.email()).isEqualTo("dag.dpo@example.invalid");
        assertThat(dpo.subject()).isEqualTo("local:dag.dpo@example.invalid");
        assertThat(people.nearestManagerOf(dpo.id())).map(Person::id).contains(chief.id());

        assertThatThrownBy(() -> actingAs.as(
                        admin,
                        () -> directory.add(
                                new StaffDraft("Förbund", "f@example.invalid", Set.of(Role.FEDERATION_STAFF), null))))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("directory.error.forbiddenRole");
        assertThatThrownBy(() -> actingAs.as(
                        admin,
                        () -> directory.add(
                                new StaffDraft("Dubblett", "DAG.DPO@example.invalid", Set.of(Role.MEMBER), null))))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("directory.error.duplicate");
        assertThatThrownBy(() -> actingAs.as(
                        admin,
                        () -> directory.add(new StaffDraft("Ingen roll", "ingen@example.invalid", Set.of(), null))))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("directory.error.noRole");

        Person renamed = actingAs.as(
                admin,
                () -> directory.update(
                        dpo.id(),
                        dpo.version(),
                        new StaffDraft("Dag Dataskydd", "dag.dpo@example.invalid", Set.of(Role.DPO), chief.id())));
        assertThat(renamed.displayName()).isEqualTo("Dag Dataskydd");
        assertThatThrownBy(() -> actingAs.as(
                        admin,
                        () -> directory.update(
                                dpo.id(),
                                dpo.version(),
                                new StaffDraft("Gammal", "dag.dpo@example.invalid", Set.of(Role.DPO), null))))
                .isInstanceOf(StaleEditException.class);

        // Another organisation's administrator neither sees nor changes them.
        Actor otherAdmin = staff.administrator(staff.newOrganisation("Annat bolag"));
        assertThatThrownBy(() -> actingAs.as(otherAdmin, () -> directory.deactivate(dpo.id(), renamed.version())))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("directory.error.notFound");
        assertThat(actingAs.as(otherAdmin, () -> directory.myDirectory("Dag", false, PageRequest.of(0, 10))))
                .isEmpty();

        assertThat(people.peopleWithRole(organisationId, Role.DPO))
                .extracting(Person::id)
                .containsExactly(dpo.id());
        actingAs.as(admin, () -> directory.deactivate(dpo.id(), renamed.version()));
        assertThat(people.peopleWithRole(organisationId, Role.DPO)).isEmpty();
        assertThat(people.peopleOf(organisationId)).extracting(Person::id).doesNotContain(dpo.id());
        assertThat(actingAs.as(admin, () -> directory.myDirectory("dag", false, PageRequest.of(0, 10))))
                .isEmpty();
        assertThat(actingAs.as(admin, () -> directory.myDirectory("dag", true, PageRequest.of(0, 10))))
                .extracting(Person::id)
                .containsExactly(dpo.id());
    }

    @Test
    void aLoginLinksBySubjectOrVerifiedEmailAndItsRolesWin() {
        Person imported = actingAs.as(
                admin,
                () -> directory.add(
                        new StaffDraft("Ines Infosec", "ines@example.invalid", Set.of(Role.INFOSEC), null)));

        // The local account's login carries the same subject: the same person, now signed in, with the login's roles.
        Person local = people.recordLogin(new LoginIdentity(
                "local:ines@example.invalid",
                "Ines Infosec",
                "ines@example.invalid",
                organisation,
                EnumSet.of(Role.MEMBER, Role.INFOSEC, Role.IT_MANAGER)));
        assertThat(local.id()).isEqualTo(imported.id());
        assertThat(local.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.INFOSEC, Role.IT_MANAGER);
        assertThat(local.hasSignedIn()).isTrue();

        // An entry no login links yet: an unverified e-mail does not link, a verified one of the same organisation
        // does.
        jdbc.update("update person set subject = null where id = ?", imported.id());
        Person unverified = people.recordLogin(new LoginIdentity(
                "keycloak:abc-" + organisationId, "Ines", "INES@example.invalid", organisation, Set.of(Role.MEMBER)));
        assertThat(unverified.id()).isNotEqualTo(imported.id());
        Person verified = people.recordLogin(new LoginIdentity(
                "keycloak:def-" + organisationId,
                "Ines Infosec",
                "INES@example.invalid",
                organisation,
                Set.of(Role.MEMBER, Role.INFOSEC),
                true));
        assertThat(verified.id()).isEqualTo(imported.id());
        assertThat(verified.subject()).isEqualTo("keycloak:def-" + organisationId);
    }

    @Test
    void deactivatedPeopleAreAnonymisedAfterTheRetentionPeriod() {
        Person recent = actingAs.as(
                admin,
                () -> directory.add(new StaffDraft("Nyss Slutat", "nyss@example.invalid", Set.of(Role.MEMBER), null)));
        Person longAgo = actingAs.as(
                admin,
                () -> directory.add(new StaffDraft("Länge Sedan", "lange@example.invalid", Set.of(Role.DPO), null)));
        actingAs.as(admin, () -> directory.deactivate(recent.id(), recent.version()));
        actingAs.as(admin, () -> directory.deactivate(longAgo.id(), longAgo.version()));
        jdbc.update(
                "update person set deactivated_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)),
                longAgo.id());

        assertThat(directory.anonymiseDeactivated()).isGreaterThanOrEqualTo(1);

        Person gone = people.findById(longAgo.id()).orElseThrow();
        assertThat(gone.displayName()).isEqualTo("–");
        assertThat(gone.email()).isNull();
        assertThat(gone.subject()).isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from person_role where person_id = ?", Integer.class, gone.id()))
                .isZero();
        Person kept = people.findById(recent.id()).orElseThrow();
        assertThat(kept.displayName()).isEqualTo("Nyss Slutat");
        assertThat(kept.email()).isEqualTo("nyss@example.invalid");
    }
}
