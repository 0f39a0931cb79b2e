package se.hoglandet.platform.academy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.StaffFixture;
import se.hoglandet.platform.person.StaffImportService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The named fixture "tio i katalogen": an organisation of its own whose ten staff were imported from CSV and never
 * signed in (plus its administrator, who imported them and enrolled four of them, deactivated before counting); four
 * completed the basic AI training. Hand-computed: 10 people, 4 valid, 6 never → 40 %. With the administrator's
 * headcount of 20 employees (MEMBER) the denominator is 20 → 20 %, and the row says it used the headcount.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class LiteracyFromTheDirectoryTest {

    @Autowired
    StaffImportService imports;

    @Autowired
    PersonService people;

    @Autowired
    CourseService courses;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AcademyFollowUpService followUp;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void tenStaffWhoNeverSignedInFourTrainedIsFortyPerCent() {
        StaffFixture staff = new StaffFixture(imports, people, actingAs, jdbc);
        String code = staff.newOrganisation("Tio i katalogen");
        StringBuilder csv = new StringBuilder("Namn;E-post;Roller\n");
        for (int i = 1; i <= 10; i++) {
            csv.append("Person ")
                    .append(i)
                    .append(";person")
                    .append(i)
                    .append('@')
                    .append(code)
                    .append(".invalid;MEMBER")
                    .append(i <= 3 ? ",PROJECT_LEAD" : "")
                    .append('\n');
        }
        Actor admin = staff.administrator(code);
        List<Person> ten = actingAs.as(admin, () -> imports.importStaff(csv.toString()));
        assertThat(ten).hasSize(10).noneMatch(Person::hasSignedIn);
        AcademyFixture academy = new AcademyFixture(
                courses, actingAs, staff.signedIn("hoglandsforbundet", "akademi", Role.ACADEMY_ADMIN));
        CourseSession session = academy.session(academy.course(true, 24, Set.of()), 20, Map.of(), false);
        // Persons 1, 2, 4 and 5 complete the basic training: two of the three project leads.
        List<Enrolment> places = new java.util.ArrayList<>();
        for (int i : new int[] {0, 1, 3, 4}) {
            places.add(actingAs.as(
                    admin, () -> enrolments.enrolStaff(session.id(), ten.get(i).id())));
        }
        // Completion needs a session that has been held.
        AcademyFixture.heldFrom(jdbc, session, Instant.now().minus(1, ChronoUnit.DAYS));
        actingAs.as(academy.admin, () -> {
            courses.recordAttendance(
                    session.id(), 0, places.stream().map(Enrolment::id).collect(java.util.stream.Collectors.toSet()));
            return null;
        });
        for (Enrolment enrolment : places) {
            actingAs.as(academy.admin, () -> courses.complete(enrolment.id(), LocalDate.now(SwedishTime.ZONE)));
        }
        // The administrator is not one of the ten: their own directory entry is deactivated before counting.
        jdbc.update(
                "update person set active = false, deactivated_at = current_timestamp where id = ?", admin.personId());
        Actor federation = staff.signedIn("hoglandsforbundet", "uppfoljning", Role.FEDERATION_STAFF);

        LiteracyOverview.Row all = row(federation, code, null);
        assertThat(List.of(all.people(), all.valid(), all.never(), all.validPercent()))
                .containsExactly(10, 4, 6, 40);
        assertThat(all.denominator()).isEqualTo(LiteracyOverview.Denominator.DIRECTORY);
        LiteracyOverview.Row leads = row(federation, code, "PROJECT_LEAD");
        assertThat(List.of(leads.people(), leads.valid(), leads.validPercent())).containsExactly(3, 2, 67);

        Actor activeAdmin = staff.administrator(code);
        actingAs.as(activeAdmin, () -> {
            followUp.stateHeadcount(Role.MEMBER, 20);
            return null;
        });
        assertThat(actingAs.as(activeAdmin, () -> followUp.myHeadcounts())).containsEntry(Role.MEMBER, 20);
        LiteracyOverview.Row stated = row(federation, code, null);
        assertThat(List.of(stated.people(), stated.valid(), stated.never(), stated.validPercent()))
                .containsExactly(20, 4, 16, 20);
        assertThat(stated.denominator()).isEqualTo(LiteracyOverview.Denominator.HEADCOUNT);
        assertThat(row(federation, code, "PROJECT_LEAD").denominator())
                .isEqualTo(LiteracyOverview.Denominator.DIRECTORY);
        assertThat(actingAs.as(federation, () -> followUp.literacyCsv()))
                .contains(";Alla;20;4;20;0;0;16;Angivet antal");

        actingAs.as(activeAdmin, () -> {
            followUp.stateHeadcount(Role.MEMBER, null);
            return null;
        });
        // Back to the directory: the ten plus the new administrator, now active.
        assertThat(row(federation, code, null).people()).isEqualTo(11);
    }

    private LiteracyOverview.Row row(Actor reader, String code, String role) {
        return actingAs.as(reader, () -> followUp.literacy()).rows().stream()
                .filter(r -> r.organisationName().endsWith(code))
                .filter(r -> java.util.Objects.equals(r.role(), role))
                .findFirst()
                .orElseThrow();
    }
}
