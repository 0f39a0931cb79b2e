package se.hoglandet.platform.academy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The academy pages' flags equal the services' answers, for every role, on MariaDB: creating courses, following up
 * literacy, reading statistics, approving and enrolling one's staff.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class AcademyPermissionFlagsTest {

    @Autowired
    CourseService courses;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AcademyFollowUpService followUp;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    AssessmentFixture persons;
    AcademyFixture academy;

    @BeforeEach
    void setUp() {
        persons = new AssessmentFixture(assessments, templates, people, actingAs);
        academy = new AcademyFixture(courses, actingAs, persons.person("hoglandsforbundet", Role.ACADEMY_ADMIN));
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachFlagIsWhatTheServiceThenAllows(Role role) {
        Actor actor = persons.person("eksjo", role);
        Course course = academy.course(false, null, Set.of());
        CourseSession session = academy.session(course, 30, Map.of(), false);
        Actor staff = persons.person("eksjo");

        boolean mayCreate = actingAs.as(actor, courses::mayCreate);
        boolean mayFollowLiteracy = actingAs.as(actor, followUp::mayFollowLiteracy);
        boolean mayReadStatistics = actingAs.as(actor, followUp::mayReadStatistics);
        boolean mayManageStaff = actingAs.as(actor, enrolments::mayManageStaff);
        boolean mayEnrolStaff = actingAs.as(actor, () -> courses.detail(course.id())).sessions().stream()
                .filter(s -> s.session().id().equals(session.id()))
                .findFirst()
                .orElseThrow()
                .mayEnrolStaff();

        assertThat(succeeds(actor, () -> courses.create(draft()))).isEqualTo(mayCreate);
        assertThat(succeeds(actor, followUp::literacy)).isEqualTo(mayFollowLiteracy);
        assertThat(succeeds(actor, followUp::statistics)).isEqualTo(mayReadStatistics);
        assertThat(succeeds(actor, enrolments::pendingApprovals)).isEqualTo(mayManageStaff);
        assertThat(succeeds(actor, () -> enrolments.enrolStaff(session.id(), staff.personId())))
                .isEqualTo(mayEnrolStaff);
        // Independently of the code: the permission table's role sets.
        assertThat(mayCreate).isEqualTo(role == Role.ACADEMY_ADMIN);
        assertThat(mayFollowLiteracy)
                .isEqualTo(EnumSet.of(Role.FEDERATION_STAFF, Role.ORG_ADMIN).contains(role));
        assertThat(mayReadStatistics)
                .isEqualTo(EnumSet.of(Role.FEDERATION_STAFF, Role.ORG_ADMIN, Role.ACADEMY_ADMIN)
                        .contains(role));
        assertThat(mayManageStaff).isEqualTo(role == Role.ORG_ADMIN);
        assertThat(mayEnrolStaff).isEqualTo(role == Role.ORG_ADMIN);
    }

    private boolean succeeds(Actor actor, Supplier<?> call) {
        try {
            actingAs.as(actor, call);
            return true;
        } catch (PermissionDeniedException refused) {
            return false;
        }
    }

    private static CourseDraft draft() {
        return new CourseDraft(
                "Kurs i promptteknik",
                "Beskrivning",
                CourseTopic.AI_BASICS,
                CourseFormat.LECTURE,
                Set.of(),
                Set.of(),
                false,
                null,
                CollaborationLevel.SHARED_COMPETENCE);
    }
}
