package se.hoglandet.platform.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDraft;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeDetails;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeSharing;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The approved AI tools register on MariaDB: shared facts kept by the people who assess tools, each organisation's
 * own decision resting on its own approved assessment, validity, initiatives picking tools and "where used" as the
 * reader may see it.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class ToolRegisterTest {

    @Autowired
    ToolService tools;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    AuditService auditService;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    AssessmentFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new AssessmentFixture(assessments, templates, people, actingAs);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void theFactsAreSharedAndCheckedAndOnlyAssessorsKeepThem() {
        Actor itManager = fixture.person("vetlanda", Role.IT_MANAGER);
        Actor member = fixture.person("vetlanda");
        String name = unique("Transkribering");

        assertThatThrownBy(() -> actingAs.as(member, () -> tools.create(draft(name, ToolHosting.EU_EEA, null))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() ->
                        actingAs.as(itManager, () -> tools.create(draft(name, ToolHosting.THIRD_COUNTRY, " "))))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("tool.error.transfer");
        AiTool tool = actingAs.as(
                itManager, () -> tools.create(draft(name, ToolHosting.THIRD_COUNTRY, "USA; standardavtalsklausuler")));
        assertThatThrownBy(() ->
                        actingAs.as(itManager, () -> tools.create(draft(name.toUpperCase(), ToolHosting.EU_EEA, null))))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("tool.error.duplicate");

        // A DPO of another organisation corrects the shared facts; a stale form does not overwrite that.
        Actor anebyDpo = fixture.person("aneby", Role.DPO);
        actingAs.as(anebyDpo, () -> tools.update(tool.id(), tool.version(), draft(name, ToolHosting.EU_EEA, null)));
        assertThatThrownBy(() -> actingAs.as(
                        itManager,
                        () -> tools.update(tool.id(), tool.version(), draft(name, ToolHosting.SWEDEN, null))))
                .isInstanceOf(StaleEditException.class);

        ToolDetail detail = actingAs.as(member, () -> tools.detail(tool.id()));
        assertThat(detail.tool().hosting()).isEqualTo(ToolHosting.EU_EEA);
        assertThat(detail.mayEdit()).isFalse();
        assertThat(actingAs.as(member, () -> tools.list(name.substring(0, 10).toLowerCase(), PageRequest.of(0, 5)))
                        .getContent())
                .extracting(AiTool::name)
                .contains(name);
        assertThat(actingAs.as(member, () -> actions("tool", tool.id()))).containsExactly("UPDATED", "CREATED");
    }

    @Test
    void anOrganisationApprovesForItselfUnderItsOwnApprovedAssessmentUntilItRunsOut() {
        Actor eksjoDpo = fixture.person("eksjo", Role.DPO);
        Actor anebyInfosec = fixture.person("aneby", Role.INFOSEC);
        AiTool tool = actingAs.as(eksjoDpo, () -> tools.create(draft(unique("Copilot"), ToolHosting.EU_EEA, null)));
        Assessment eksjoAnalysis = fixture.approvedRiskAnalysis("eksjo", unique("Analys"), Set.of());
        Actor eksjoLawyer = fixture.person("eksjo", Role.LAWYER);
        Assessment eksjoDraft = actingAs.as(
                eksjoLawyer,
                () -> assessments.create(
                        fixture.templateId("risk-consequence"),
                        AssessmentDraft.titled(unique("Utkast"), null, Set.of())));
        LocalDate nextYear = LocalDate.now(SwedishTime.ZONE).plusYears(1);

        // An approval needs data classes, a future end and an approved assessment of the organisation's own.
        assertRefused(
                eksjoDpo,
                tool,
                new ApprovalDraft(true, Set.of(), eksjoAnalysis.id(), nextYear, null),
                "tool.error.dataClasses");
        assertRefused(
                eksjoDpo,
                tool,
                new ApprovalDraft(
                        true, Set.of(DataClass.PUBLIC), eksjoAnalysis.id(), LocalDate.now(SwedishTime.ZONE), null),
                "tool.error.validUntil");
        assertRefused(
                eksjoDpo,
                tool,
                new ApprovalDraft(true, Set.of(DataClass.PUBLIC), eksjoDraft.id(), nextYear, null),
                "tool.error.assessment");
        assertRefused(
                anebyInfosec,
                tool,
                new ApprovalDraft(true, Set.of(DataClass.PUBLIC), eksjoAnalysis.id(), nextYear, null),
                "tool.error.assessment");
        assertRefused(
                anebyInfosec, tool, new ApprovalDraft(false, Set.of(), null, null, " "), "tool.error.refusalReason");
        assertThat(jdbc.queryForObject(
                        "select count(*) from ai_tool_approval where tool_id = ?", Long.class, tool.id()))
                .isZero();

        ToolApproval eksjo = actingAs.as(
                eksjoDpo,
                () -> tools.decide(
                        tool.id(),
                        null,
                        new ApprovalDraft(
                                true,
                                Set.of(DataClass.PUBLIC, DataClass.PERSONAL),
                                eksjoAnalysis.id(),
                                nextYear,
                                null)));
        actingAs.as(
                anebyInfosec,
                () -> tools.decide(
                        tool.id(), null, new ApprovalDraft(false, Set.of(), null, null, "Ingen egen analys ännu")));
        // A second Eksjö form opened before the decision does not overwrite it.
        assertThatThrownBy(() -> actingAs.as(
                        fixture.person("eksjo", Role.IT_MANAGER),
                        () -> tools.decide(tool.id(), null, new ApprovalDraft(false, Set.of(), null, null, "Nej"))))
                .isInstanceOf(StaleEditException.class);

        Actor vetlandaMember = fixture.person("vetlanda");
        ToolDetail detail = actingAs.as(vetlandaMember, () -> tools.detail(tool.id()));
        assertThat(detail.decisions())
                .extracting(ToolDetail.Decision::organisationName, ToolDetail.Decision::state)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Eksjö kommun", ApprovalState.APPROVED),
                        org.assertj.core.groups.Tuple.tuple("Aneby kommun", ApprovalState.NOT_APPROVED));
        ToolDetail.Decision eksjoDecision = detail.decisions().stream()
                .filter(d -> d.organisationName().equals("Eksjö kommun"))
                .findFirst()
                .orElseThrow();
        assertThat(eksjoDecision.dataClasses()).containsExactlyInAnyOrder(DataClass.PUBLIC, DataClass.PERSONAL);
        // Vetlanda reads Eksjö's FEDERATION-wide analysis, so the link is shown.
        assertThat(eksjoDecision.assessmentTitle()).startsWith(eksjoAnalysis.title());
        assertThat(detail.own()).isNull();

        // Validity runs out: the same decision reads as expired the day after.
        jdbc.update(
                "update ai_tool_approval set valid_until = ? where id = ?",
                LocalDate.now(SwedishTime.ZONE).minusDays(1),
                eksjo.id());
        assertThat(actingAs.as(
                        vetlandaMember,
                        () -> tools.decisionsOf(
                                        eksjoAnalysis.ownerOrganisation().id(), Set.of(tool.id()))
                                .get(tool.id())
                                .stateOn(LocalDate.now(SwedishTime.ZONE))))
                .isEqualTo(ApprovalState.EXPIRED);
        assertThat(actingAs.as(vetlandaMember, () -> actions("tool", tool.id())))
                .containsExactly("DECIDED", "DECIDED", "CREATED");
    }

    @Test
    void initiativesPickToolsAndTheRegisterShowsWhereEachIsUsedAsTheReaderMaySee() {
        Actor steward = fixture.person("eksjo", Role.IT_MANAGER);
        AiTool tool = actingAs.as(steward, () -> tools.create(draft(unique("Chattbot"), ToolHosting.SWEDEN, null)));
        Actor eksjoLead = fixture.person("eksjo", Role.PROJECT_LEAD);
        Actor bostaderLead = fixture.person("nassjo", Role.PROJECT_LEAD);
        Initiative open = actingAs.as(
                eksjoLead,
                () -> initiatives.create(
                        InitiativeDetails.of(unique("Öppen"), "Sammanfattning", Area.CITIZEN_SERVICE),
                        sharing(Visibility.FEDERATION),
                        CollaborationLevel.NETWORKING));
        Initiative closed = actingAs.as(
                bostaderLead,
                () -> initiatives.create(
                        InitiativeDetails.of(unique("Intern"), "Sammanfattning", Area.INFRASTRUCTURE),
                        sharing(Visibility.PRIVATE),
                        CollaborationLevel.NETWORKING));

        assertThatThrownBy(() ->
                        actingAs.as(eksjoLead, () -> initiatives.chooseTools(open.id(), open.version(), Set.of(-5L))))
                .isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(() -> actingAs.as(
                        bostaderLead, () -> initiatives.chooseTools(open.id(), open.version(), Set.of(tool.id()))))
                .isInstanceOf(PermissionDeniedException.class);
        Initiative chosen =
                actingAs.as(eksjoLead, () -> initiatives.chooseTools(open.id(), open.version(), Set.of(tool.id())));
        assertThat(chosen.toolIds()).containsExactly(tool.id());
        assertThatThrownBy(() ->
                        actingAs.as(eksjoLead, () -> initiatives.chooseTools(open.id(), open.version(), Set.of())))
                .isInstanceOf(StaleEditException.class);
        actingAs.as(bostaderLead, () -> initiatives.chooseTools(closed.id(), closed.version(), Set.of(tool.id())));

        Actor vetlanda = fixture.person("vetlanda");
        assertThat(actingAs.as(vetlanda, () -> initiatives.usingTool(tool.id(), PageRequest.of(0, 10)))
                        .getContent())
                .extracting(Initiative::id)
                .containsExactly(open.id());
        assertThat(actingAs.as(bostaderLead, () -> initiatives.usingTool(tool.id(), PageRequest.of(0, 10)))
                        .getContent())
                .extracting(Initiative::id)
                .containsExactlyInAnyOrder(open.id(), closed.id());
        assertThat(actingAs.as(vetlanda, () -> actions("initiative", open.id())))
                .contains("TOOLS_CHOSEN");
    }

    /** The record's history, newest first. */
    private java.util.List<String> actions(String type, Long id) {
        return auditService.historyOf(type, id, PageRequest.of(0, 50)).getContent().stream()
                .map(se.hoglandet.platform.audit.AuditEntry::action)
                .toList();
    }

    private void assertRefused(Actor actor, AiTool tool, ApprovalDraft draft, String messageKey) {
        assertThatThrownBy(() -> actingAs.as(actor, () -> tools.decide(tool.id(), null, draft)))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo(messageKey);
    }

    private static ToolDraft draft(String name, ToolHosting hosting, String transfer) {
        return new ToolDraft(name, "Leverantör AB", "Beskrivning", hosting, transfer);
    }

    private static InitiativeSharing sharing(Visibility visibility) {
        return new InitiativeSharing(visibility, Set.of(), Set.of(), Set.of());
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
