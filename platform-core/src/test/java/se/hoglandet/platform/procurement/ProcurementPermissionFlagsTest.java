package se.hoglandet.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * What the procurement pages show as possible is what the services then allow: each flag is read as one actor and
 * compared with that actor's actual call, over every role and across organisations, on MariaDB.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class ProcurementPermissionFlagsTest {

    @Autowired
    ProcurementService procurements;

    @Autowired
    ContractService contracts;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    AssessmentFixture persons;

    @BeforeEach
    void setUp() {
        persons = new AssessmentFixture(assessments, templates, people, actingAs);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void mayCreateAndMayRegisterAreWhatTheServicesAllow(Role role) {
        Actor actor = persons.person("vetlanda", role);
        boolean mayCreate = actingAs.as(actor, procurements::mayCreate);
        boolean mayRegister = actingAs.as(actor, contracts::mayRegister);

        assertThat(succeeds(actor, () -> procurements.create(procurementDraft(Set.of()), Map.of())))
                .isEqualTo(mayCreate);
        assertThat(succeeds(actor, () -> contracts.create(contractDraft()))).isEqualTo(mayRegister);
        // Independently of the code: the table says procurement staff, and only they.
        assertThat(mayCreate).isEqualTo(role == Role.PROCUREMENT);
        assertThat(mayRegister).isEqualTo(role == Role.PROCUREMENT);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aContractRowMayBeEditedExactlyWhenTheUpdateIsAllowed(Role role) {
        Actor owner = persons.person("eksjo", Role.PROCUREMENT);
        Contract contract = actingAs.as(owner, () -> contracts.create(contractDraft()));
        for (Actor reader : List.of(persons.person("eksjo", role), persons.person("aneby", role))) {
            ContractRow row = actingAs.as(reader, () -> contracts.detail(contract.id()));
            boolean updated = succeeds(
                    reader, () -> contracts.update(contract.id(), row.contract().version(), contractDraft()));
            assertThat(updated).as(reader.organisationCode() + " " + role).isEqualTo(row.mayEdit());
            assertThat(row.mayEdit())
                    .isEqualTo(role == Role.PROCUREMENT
                            && reader.organisationCode().equals("eksjo"));
        }
    }

    @Test
    void participantRowsAreChangeableExactlyWhereTheServiceLetsTheReaderChangeThem() {
        Actor lead = persons.person("vetlanda", Role.PROCUREMENT);
        Actor eksjo = persons.person("eksjo", Role.PROCUREMENT);
        Actor aneby = persons.person("aneby", Role.PROCUREMENT);
        Procurement p = actingAs.as(
                lead,
                () -> procurements.create(
                        procurementDraft(Set.of(eksjo.organisationId(), aneby.organisationId())), Map.of()));
        List<Actor> readers = List.of(
                lead,
                eksjo,
                persons.person("eksjo", Role.MEMBER, Role.PROJECT_LEAD),
                persons.person("nassjo", Role.PROCUREMENT));
        int changeable = 0;
        for (Actor reader : readers) {
            for (Participant participant :
                    actingAs.as(lead, () -> procurements.detail(p.id())).participants()) {
                ProcurementDetail asReader = actingAs.as(reader, () -> procurements.detail(p.id()));
                long version = asReader.participants().stream()
                        .filter(x -> x.id().equals(participant.id()))
                        .findFirst()
                        .orElseThrow()
                        .version();
                boolean flag = asReader.changeableParticipantIds().contains(participant.id());
                boolean described = succeeds(
                        reader,
                        () -> procurements.updatePart(
                                participant.id(),
                                version,
                                new ParticipantPart(participant.status(), "10 licenser", BigDecimal.TEN, "Kontakt")));
                assertThat(described)
                        .as(reader.organisationCode() + " " + reader.roles() + " on "
                                + participant.organisation().code())
                        .isEqualTo(flag);
                changeable += flag ? 1 : 0;
            }
        }
        // The lead changes both rows, Eksjö its own; the member and Nässjö none.
        assertThat(changeable).isEqualTo(3);
    }

    @Test
    void theRequirementsAnOrganisationSupportsAreMarkedForItOnly() {
        Actor lead = persons.person("vetlanda", Role.PROCUREMENT);
        Actor eksjo = persons.person("eksjo", Role.PROCUREMENT);
        Procurement p = actingAs.as(
                lead, () -> procurements.create(procurementDraft(Set.of(eksjo.organisationId())), Map.of()));
        Requirement requirement = actingAs.as(lead, () -> procurements.addRequirement(p.id(), "Svenska språket"));
        actingAs.as(eksjo, () -> procurements.support(requirement.id(), true));

        // The writer's organisation supports what it wrote; Eksjö joined in; Nässjö, only reading, did not.
        assertThat(actingAs.as(eksjo, () -> procurements.detail(p.id())).supportedByMyOrganisation())
                .containsExactly(requirement.id());
        assertThat(actingAs.as(lead, () -> procurements.detail(p.id())).supportedByMyOrganisation())
                .containsExactly(requirement.id());
        Actor nassjo = persons.person("nassjo", Role.PROCUREMENT);
        assertThat(actingAs.as(nassjo, () -> procurements.detail(p.id())).supportedByMyOrganisation())
                .isEmpty();
        actingAs.as(eksjo, () -> procurements.support(requirement.id(), false));
        assertThat(actingAs.as(eksjo, () -> procurements.detail(p.id())).supportedByMyOrganisation())
                .isEmpty();
    }

    private boolean succeeds(Actor actor, Supplier<?> call) {
        try {
            actingAs.as(actor, call);
            return true;
        } catch (PermissionDeniedException refused) {
            return false;
        }
    }

    private static ProcurementDraft procurementDraft(Set<Long> participants) {
        return new ProcurementDraft(
                "Gemensam upphandling av skrivstöd",
                "Beskrivning",
                ProcurementCategory.SPEECH_TO_TEXT,
                ProcurementProcedure.OPEN,
                FrameworkMethod.RANKED,
                CollaborationLevel.JOINT_DEVELOPMENT,
                "Kontakt",
                "upphandling@example.invalid",
                Visibility.FEDERATION,
                participants,
                Set.of());
    }

    private static ContractDraft contractDraft() {
        return new ContractDraft(
                "Leverantör AB",
                "Avtal om skrivstöd",
                ProcurementCategory.OTHER,
                LocalDate.of(2030, 1, 1),
                LocalDate.of(2031, 12, 31),
                List.of(12),
                0,
                3,
                null,
                false,
                null,
                null,
                Visibility.FEDERATION);
    }
}
