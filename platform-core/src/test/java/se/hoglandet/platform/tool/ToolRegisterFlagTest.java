package se.hoglandet.platform.tool;

import static org.assertj.core.api.Assertions.assertThat;

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
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/** The tools register's create flag equals the service's answer, for every role, on MariaDB. */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class ToolRegisterFlagTest {

    @Autowired
    ToolService tools;

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
    void mayRegisterIsWhatCreateAllows(Role role) {
        Actor actor = persons.person("eksjo", role);
        boolean flag = actingAs.as(actor, tools::mayRegister);

        assertThat(succeeds(
                        actor,
                        () -> tools.create(new ToolDraft(
                                unique("Verktyg"), "Leverantör AB", "Beskrivning", ToolHosting.EU_EEA, null))))
                .isEqualTo(flag);
        assertThat(flag)
                .isEqualTo(Set.of(Role.LAWYER, Role.DPO, Role.INFOSEC, Role.IT_MANAGER)
                        .contains(role));
    }

    private boolean succeeds(Actor actor, Supplier<?> call) {
        try {
            actingAs.as(actor, call);
            return true;
        } catch (PermissionDeniedException refused) {
            return false;
        }
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
