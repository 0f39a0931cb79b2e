package se.hoglandet.platform.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
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
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/** The survey pages' flags equal the service's answers for every role, on MariaDB. */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class MaturityPermissionFlagsTest {

    @Autowired
    MaturityService maturity;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    AssessmentFixture persons;
    Actor staff;

    @BeforeEach
    void setUp() {
        persons = new AssessmentFixture(assessments, templates, people, actingAs);
        staff = persons.person("hoglandsforbundet", Role.FEDERATION_STAFF);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void planningCyclesAndNamingCoordinatorsAreWhatTheServiceAllows(Role role) {
        Actor actor = persons.person("eksjo", role);
        Actor eksjoPerson = persons.person("eksjo");
        Actor anebyPerson = persons.person("aneby");
        SurveyCycle cycle =
                actingAs.as(staff, () -> cycle(Set.of(eksjoPerson.organisationId(), anebyPerson.organisationId())));
        boolean mayPlan = actingAs.as(actor, maturity::mayPlanCycles);
        CycleDetail detail = actingAs.as(actor, () -> maturity.detail(cycle.id()));

        assertThat(succeeds(actor, () -> cycle(Set.of(eksjoPerson.organisationId()))))
                .isEqualTo(mayPlan);
        for (Actor coordinator : new Actor[] {eksjoPerson, anebyPerson}) {
            boolean named = succeeds(actor, () -> {
                maturity.nameCoordinator(cycle.id(), coordinator.organisationId(), coordinator.personId());
                return null;
            });
            assertThat(named)
                    .as(role + " names for " + coordinator.organisationCode())
                    .isEqualTo(detail.mayNameCoordinatorFor().contains(coordinator.organisationId()));
        }
        assertThat(detail.myOrganisationId()).isEqualTo(eksjoPerson.organisationId());
        assertThat(mayPlan).isEqualTo(role == Role.FEDERATION_STAFF);
        assertThat(detail.mayNameCoordinatorFor())
                .isEqualTo(
                        role == Role.FEDERATION_STAFF
                                ? Set.of(eksjoPerson.organisationId(), anebyPerson.organisationId())
                                : role == Role.ORG_ADMIN ? Set.of(eksjoPerson.organisationId()) : Set.of());
    }

    private SurveyCycle cycle(Set<Long> organisations) {
        Long model = maturity.models().stream()
                .filter(m -> m.modelKey().equals("ai-mognad"))
                .findFirst()
                .orElseThrow()
                .id();
        return maturity.createCycle(
                "Mätning " + UUID.randomUUID().toString().substring(0, 8),
                model,
                LocalDate.now(SwedishTime.ZONE),
                LocalDate.now(SwedishTime.ZONE).plusDays(30),
                organisations);
    }

    private boolean succeeds(Actor actor, Supplier<?> call) {
        try {
            actingAs.as(actor, call);
            return true;
        } catch (PermissionDeniedException refused) {
            return false;
        }
    }
}
