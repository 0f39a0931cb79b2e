package se.hoglandet.platform.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * CSV import of staff on MariaDB: every kind of bad row is refused with its spreadsheet row number, a file with any
 * bad row imports nobody, roles the organisation may not give are refused, and a clean file adds everyone with
 * their manager, who never signed in and yet are found for routing.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class StaffImportTest {

    @Autowired
    StaffImportService imports;

    @Autowired
    PersonService people;

    @Autowired
    DirectoryService directory;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    StaffFixture staff;
    String organisation;
    Actor admin;

    @BeforeEach
    void setUp() {
        staff = new StaffFixture(imports, people, actingAs, jdbc);
        organisation = staff.newOrganisation("Importbolaget");
        admin = staff.administrator(organisation);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void everyBadRowIsRefusedWithItsRowNumberAndNothingIsImported() {
        String existing = "redan.har@example.invalid";
        actingAs.as(admin, () -> directory.add(new StaffDraft("Redan Här", existing, Set.of(Role.MEMBER), null)));
        String csv = """
                Namn;E-post;Roller;Chef
                Karin Lind;karin.lind@example.invalid;DPO;
                Utan Adress;inte-en-adress;MEMBER;
                Okänd Roll;okand.roll@example.invalid;MEMBER,TROLLKARL;
                Förbunds Person;forbund@example.invalid;FEDERATION_STAFF;
                Plattform Person;plattform@example.invalid;platform_admin;
                Okänd Chef;okand.chef@example.invalid;MEMBER;ingen.sadan@example.invalid
                Karin Igen;KARIN.LIND@example.invalid;MEMBER;
                Redan Här;redan.har@example.invalid;MEMBER;
                ;utan.namn@example.invalid;MEMBER;
                Utan Roll;utan.roll@example.invalid;;
                Per Rätt;per.ratt@example.invalid;INFOSEC IT_MANAGER;karin.lind@example.invalid
                """;

        StaffImportPreview preview = actingAs.as(admin, () -> imports.preview(csv));

        assertThat(preview.clean()).isFalse();
        assertThat(preview.refused())
                .extracting(r -> r.rowNumber() + " " + r.errors().getFirst().messageKey())
                .containsExactly(
                        "3 directory.import.error.email",
                        "4 directory.import.error.unknownRole",
                        "5 directory.import.error.forbiddenRole",
                        "6 directory.import.error.forbiddenRole",
                        "7 directory.import.error.unknownManager",
                        "8 directory.import.error.duplicate",
                        "9 directory.import.error.duplicate",
                        "10 directory.import.error.name",
                        "11 directory.import.error.noRole");
        assertThat(preview.rows().get(2).errors())
                .containsExactly(new StaffImportPreview.RowError("directory.import.error.unknownRole", "TROLLKARL"));
        assertThat(preview.rows().getLast().ok()).isTrue();
        assertThat(preview.rows().getLast().roles()).containsExactlyInAnyOrder(Role.INFOSEC, Role.IT_MANAGER);

        int before = peopleOf(organisation);
        assertThatThrownBy(() -> actingAs.as(admin, () -> imports.importStaff(csv)))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("directory.import.error.notClean");
        assertThat(peopleOf(organisation)).isEqualTo(before);
    }

    @Test
    void rolesMayBeWrittenAsThePortalNamesThem() {
        String csv = "Namn;E-post;Roller\n"
                + "Märta Älv;marta@roller.invalid;Medarbetare,Informationssäkerhetsansvarig\n"
                + "Olle Ek;olle@roller.invalid;project-lead IT-chef\n"
                + "Per Ras;per@roller.invalid;Plattformsadministratör\n";
        StaffImportPreview preview = actingAs.as(admin, () -> imports.preview(csv));
        assertThat(preview.rows().get(0).roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.INFOSEC);
        assertThat(preview.rows().get(1).roles()).containsExactlyInAnyOrder(Role.PROJECT_LEAD, Role.IT_MANAGER);
        assertThat(preview.rows().get(2).errors())
                .extracting(StaffImportPreview.RowError::messageKey)
                .containsExactly("directory.import.error.forbiddenRole");
    }

    @Test
    void aFileWithoutTheColumnsOrRowsIsRefusedWhole() {
        assertThatThrownBy(() -> actingAs.as(admin, () -> imports.preview("Namn;Telefon\nKarin;123\n")))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("directory.import.error.columns");
        assertThatThrownBy(() -> actingAs.as(admin, () -> imports.preview("Namn;E-post;Roller\n")))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("csv.error.empty");
        assertThatThrownBy(() -> actingAs.as(admin, () -> imports.preview("")))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("csv.error.empty");
    }

    @Test
    void aCleanFileAddsEveryoneWithTheirManagerBeforeAnyoneSignsIn() {
        // Comma-separated with a byte-order mark and English headers; the manager comes after the people she manages.
        String csv = "\uFEFFname,email,roles,manager\n"
                + "Olle Ek,olle.ek@example.invalid,INFOSEC,anna.chef@example.invalid\n"
                + "Lisa Ek,lisa.ek@example.invalid,DPO|MEMBER,anna.chef@example.invalid\n"
                + "Anna Chef,Anna.Chef@example.invalid,ORG_ADMIN,\n";

        List<Person> added = staff.importStaff(organisation, csv);

        assertThat(added)
                .extracting(Person::email)
                .containsExactlyInAnyOrder(
                        "olle.ek@example.invalid", "lisa.ek@example.invalid", "anna.chef@example.invalid");
        long organisationId = staff.organisationId(organisation);
        Person olle = people.peopleWithRole(organisationId, Role.INFOSEC).getFirst();
        assertThat(olle.displayName()).isEqualTo("Olle Ek");
        assertThat(olle.hasSignedIn()).isFalse();
        assertThat(olle.source()).isEqualTo(PersonSource.IMPORT);
        assertThat(olle.subject()).isEqualTo("local:olle.ek@example.invalid");
        assertThat(people.nearestManagerOf(olle.id())).map(Person::displayName).contains("Anna Chef");
        assertThat(people.peopleWithRole(organisationId, Role.DPO))
                .extracting(Person::displayName)
                .containsExactly("Lisa Ek");
        Long auditEntries = jdbc.queryForObject(
                "select count(*) from audit_entry where record_type = 'organisation' and record_id = ?"
                        + " and action = 'STAFF_IMPORTED'",
                Long.class,
                String.valueOf(organisationId));
        assertThat(auditEntries).isEqualTo(1);

        // Importing the same people again: every row is a duplicate now.
        StaffImportPreview again = actingAs.as(staff.administrator(organisation), () -> imports.preview(csv));
        assertThat(again.refused())
                .hasSize(3)
                .allMatch(r ->
                        r.errors().stream().anyMatch(e -> e.messageKey().equals("directory.import.error.duplicate")));
    }

    private int peopleOf(String code) {
        return jdbc.queryForObject(
                "select count(*) from person p join organisation o on o.id = p.organisation_id where o.code = ?",
                Integer.class,
                code);
    }
}
