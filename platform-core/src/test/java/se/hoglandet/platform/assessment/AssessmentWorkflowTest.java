package se.hoglandet.platform.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractObjectAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The assessment workflow on real MariaDB: templates shipped and checked, review rounds with every required
 * sign-off, rejection with a reason, approval frozen, new versions, secrecy never beyond SHARED, adoption with
 * provenance and local changes.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class AssessmentWorkflowTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    AssessmentFixture fixture;
    Organisations organisations;

    @BeforeEach
    void setUp() {
        fixture = new AssessmentFixture(assessments, templates, people, actingAs);
        organisations = new Organisations(jdbc);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void theShippedTemplatesAreInTheCatalogueAndAMalformedTemplateIsRefused() {
        Actor member = fixture.person("aneby");
        assertThat(as(member, () -> templates.catalogue()))
                .extracting(AssessmentTemplate::templateKey)
                .contains("risk-consequence", "dpia", "fria", "ai-act-classification", "pre-scan");
        Actor admin = fixture.person("hoglandsforbundet", Role.PLATFORM_ADMIN);
        String earlierQuestionMissing = """
                {"key": "broken", "type": "DPIA", "name": "Trasig", "requiredSignOffs": ["DPO"],
                 "sections": [{"key": "s", "title": "S", "questions": [
                   {"key": "b", "text": "B", "kind": "TEXT", "showIf": {"question": "a", "equals": "YES"}}]}]}""";
        refused(admin, () -> templates.importAndPublish(earlierQuestionMissing), "assessment.error.template");
        refused(
                admin,
                () -> templates.importAndPublish("{\"key\": \"x\", \"unknownField\": 1}"),
                "assessment.error.template");
        assertThatThrownBy(() -> as(member, () -> templates.propose(earlierQuestionMissing)))
                .isInstanceOf(PermissionDeniedException.class);

        // YAML round trip: the export imports again as the same definition.
        String yaml = as(member, () -> templates.exportYaml(fixture.templateId("pre-scan")));
        assertThat(yaml).contains("key: \"pre-scan\"").contains("showIf:");
        assertThat(TemplateDefinition.parse(yaml))
                .isEqualTo(TemplateDefinition.parse(
                        as(member, () -> templates.exportJson(fixture.templateId("pre-scan")))));
        refused(admin, () -> templates.importAndPublish("key: [unclosed"), "assessment.error.template");
        TemplateDefinition minimal = TemplateDefinition.parse("""
                key: minimal
                type: AI_ACT_CLASSIFICATION
                name: Minimal
                requiredSignOffs: [LAWYER]
                sections:
                  - {key: s, title: S, questions: [{key: q, text: Q, kind: TEXT}]}
                """);
        assertThat(minimal.riskRegister()).isFalse();

        // A lawyer proposes a new version of a template; it is published by an admin, the old one retired.
        String json = as(member, () -> templates.exportJson(fixture.templateId("ai-act-classification")));
        Actor lawyer = fixture.person("savsjo", Role.LAWYER);
        AssessmentTemplate proposal = as(
                lawyer,
                () -> templates.propose(json.replace(
                        "Klassificering enligt AI-förordningen", "Klassificering enligt AI-förordningen (reviderad)")));
        assertThat(proposal.status()).isEqualTo(TemplateStatus.PROPOSED);
        assertThat(as(member, () -> templates.catalogue()))
                .extracting(AssessmentTemplate::name)
                .doesNotContain("Klassificering enligt AI-förordningen (reviderad)");
        as(admin, () -> templates.publish(proposal.id()));
        assertThat(as(member, () -> templates.catalogue()))
                .filteredOn(t -> t.templateKey().equals("ai-act-classification"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.name()).isEqualTo("Klassificering enligt AI-förordningen (reviderad)");
                    assertThat(t.templateVersion()).isGreaterThan(1);
                });
    }

    @Test
    void answersFollowTheTemplateAndHiddenQuestionsAreNotKept() {
        Actor lawyer = fixture.person("eksjo", Role.LAWYER);
        Map<String, String> answers = new HashMap<>(AssessmentFixture.completeRiskAnswers());
        answers.put("personalDataKinds", "Namn"); // shown only when personal data is processed: dropped
        Assessment created = as(
                lawyer,
                () -> assessments.create(
                        fixture.templateId("risk-consequence"),
                        AssessmentDraft.titled("Svarsregler", null, Set.of()).withAnswers(answers)));
        assertThat(created.answers()).doesNotContainKey("personalDataKinds").containsEntry("personalData", "NO");

        answers.put("personalData", "MAYBE");
        refused(
                lawyer,
                () -> assessments.update(
                        created.id(),
                        created.version(),
                        AssessmentDraft.titled("Svarsregler", null, Set.of()).withAnswers(answers)),
                "assessment.error.answer");
        answers.put("personalData", "NO");
        answers.put("noSuchQuestion", "x");
        refused(
                lawyer,
                () -> assessments.update(
                        created.id(),
                        created.version(),
                        AssessmentDraft.titled("Svarsregler", null, Set.of()).withAnswers(answers)),
                "assessment.error.unknownQuestion");
        refused(
                lawyer,
                () -> assessments.update(
                        created.id(),
                        created.version(),
                        AssessmentDraft.titled("Svarsregler", null, Set.of())
                                .withRisks(List.of(new Risk("Felaktiga svar", 5, 2, null, null, null, null, 1, 1)))),
                "assessment.error.riskScale");
    }

    @Test
    void approvalNeedsEverySignOffOfThisRoundAndFreezesTheVersion() {
        Actor lawyer = fixture.person("eksjo", Role.LAWYER);
        Assessment draft = as(
                lawyer,
                () -> assessments.create(
                        fixture.templateId("risk-consequence"),
                        AssessmentDraft.titled("Copilot i Eksjö", "Microsoft 365 Copilot", Set.of())));
        refused(lawyer, () -> assessments.submit(draft.id(), draft.version()), "assessment.error.unanswered");
        // The refusal names the first question left open and how many are open (nine shown, none answered).
        assertThatThrownBy(() -> as(lawyer, () -> assessments.submit(draft.id(), draft.version())))
                .extracting(e -> List.of(((DomainValidationException) e).messageParameters()))
                .isEqualTo(List.of("Vad ska AI-tjänsten användas till, och av vilka?", 9));
        Assessment complete = as(
                lawyer,
                () -> assessments.update(
                        draft.id(),
                        draft.version(),
                        AssessmentDraft.titled("Copilot i Eksjö", "Microsoft 365 Copilot", Set.of())
                                .withAnswers(AssessmentFixture.completeRiskAnswers())
                                .withRisks(List.of(new Risk(
                                        "Felaktiga svar används",
                                        3,
                                        3,
                                        "Generativ AI kan hitta på",
                                        "Utbildning och granskning",
                                        "IT-chefen",
                                        LocalDate.now(SwedishTime.ZONE).plusMonths(2),
                                        1,
                                        3)))));
        assertThatThrownBy(() -> as(
                        lawyer,
                        () -> assessments.update(
                                draft.id(), draft.version(), AssessmentDraft.titled("Inaktuell", null, Set.of()))))
                .isInstanceOf(StaleEditException.class);
        Assessment inReview = as(lawyer, () -> assessments.submit(complete.id(), complete.version()));
        assertThat(inReview.status()).isEqualTo(AssessmentStatus.IN_REVIEW);
        refused(
                lawyer,
                () -> assessments.update(
                        inReview.id(), inReview.version(), AssessmentDraft.titled("Under granskning", null, Set.of())),
                "assessment.error.frozen");
        refused(
                lawyer,
                () -> decide(lawyer, inReview.id(), AssessmentStatus.APPROVED, null),
                "assessment.error.signOffsMissing");

        // Only the owner's holder of the role signs in it; another municipality's DPO cannot.
        Actor vetlandaDpo = fixture.person("vetlanda", Role.DPO);
        assertThatThrownBy(() -> as(vetlandaDpo, () -> assessments.signOff(inReview.id(), Role.DPO, true, null)))
                .isInstanceOf(PermissionDeniedException.class); // FEDERATION-readable, but not Vetlanda's to sign
        Actor dpo = fixture.person("eksjo", Role.DPO);
        assertThatThrownBy(() -> as(dpo, () -> assessments.signOff(inReview.id(), Role.LAWYER, true, null)))
                .isInstanceOf(PermissionDeniedException.class);
        as(dpo, () -> assessments.signOff(inReview.id(), Role.DPO, true, null));
        refused(
                dpo,
                () -> assessments.signOff(inReview.id(), Role.DPO, true, null),
                "assessment.error.signOffNotPending");
        Actor infosec = fixture.person("eksjo", Role.INFOSEC);
        refused(
                infosec,
                () -> assessments.signOff(inReview.id(), Role.INFOSEC, false, " "),
                "assessment.error.rejectionReason");
        as(infosec, () -> assessments.signOff(inReview.id(), Role.INFOSEC, false, "Loggningen är inte beskriven"));
        AssessmentDetail returned = as(lawyer, () -> assessments.detail(inReview.id()));
        assertThat(returned.assessment().status()).isEqualTo(AssessmentStatus.DRAFT);

        // Round two: every required role again (the DPO's approval of round one no longer counts).
        Assessment round2 = as(
                lawyer,
                () -> assessments.submit(inReview.id(), returned.assessment().version()));
        assertThat(as(lawyer, () -> assessments.detail(round2.id()).pendingSignOffs()))
                .containsExactlyInAnyOrder(Role.DPO, Role.LAWYER, Role.INFOSEC, Role.IT_MANAGER);
        for (Role role : List.of(Role.DPO, Role.LAWYER, Role.INFOSEC, Role.IT_MANAGER)) {
            as(fixture.person("eksjo", role), () -> assessments.signOff(round2.id(), role, true, null));
        }
        refused(
                lawyer,
                () -> decide(lawyer, round2.id(), AssessmentStatus.APPROVED_WITH_CONDITIONS, null),
                "assessment.error.conditions");
        Assessment approved = decide(
                lawyer,
                round2.id(),
                AssessmentStatus.APPROVED_WITH_CONDITIONS,
                "Endast öppen information tills loggningen är på plats");
        assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED_WITH_CONDITIONS);
        assertThat(approved.reviewDate()).isAfter(LocalDate.now(SwedishTime.ZONE));
        refused(
                lawyer,
                () -> assessments.update(
                        approved.id(),
                        approved.version(),
                        AssessmentDraft.titled("Ändrad efter beslut", null, Set.of())),
                "assessment.error.frozen");
        assertThat(as(lawyer, () -> assessments.exportActionPlan(approved.id())))
                .startsWith("\uFEFFrisk;sannolikhet;konsekvens;atgard;ansvarig;klart_senast;kvarvarande_sannolikhet;"
                        + "kvarvarande_konsekvens")
                .contains("Felaktiga svar används;3;3;Utbildning och granskning;IT-chefen");
        assertThat(new String(
                        as(lawyer, () -> assessments.exportPdf(approved.id())),
                        0,
                        5,
                        java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        // The next version starts from a copy; the approved one stays as it was.
        Assessment v2 = as(lawyer, () -> assessments.newVersion(approved.id()));
        assertThat(v2.versionNumber()).isEqualTo(2);
        assertThat(v2.seriesId()).isEqualTo(approved.seriesId());
        assertThat(v2.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(v2.answers()).isEqualTo(approved.answers());
        assertThat(v2.risks()).hasSize(1);
        refused(lawyer, () -> assessments.newVersion(approved.id()), "assessment.error.notLatest");
        AssessmentDetail first = as(lawyer, () -> assessments.detail(approved.id()));
        assertThat(first.assessment().status()).isEqualTo(AssessmentStatus.APPROVED_WITH_CONDITIONS);
        assertThat(first.versions())
                .extracting(AssessmentDetail.VersionSummary::versionNumber)
                .containsExactly(1, 2);
    }

    @Test
    void aSecretAssessmentIsNeverWiderThanShared() {
        Actor lawyer = fixture.person("eksjo", Role.LAWYER);
        Long template = fixture.templateId("dpia");
        AssessmentDraft secret = AssessmentDraft.titled("Skyddade personuppgifter", null, Set.of())
                .withSharing(true, Visibility.FEDERATION, Set.of());
        refused(lawyer, () -> assessments.create(template, secret), "visibility.error.secrecy");
        refused(
                lawyer,
                () -> assessments.create(template, secret.withSharing(true, Visibility.PUBLIC, Set.of())),
                "visibility.error.secrecy");
        Assessment created = as(
                lawyer,
                () -> assessments.create(
                        template, secret.withSharing(true, Visibility.SHARED, Set.of(organisations.id("vetlanda")))));
        refused(
                lawyer,
                () -> assessments.update(
                        created.id(), created.version(), secret.withSharing(true, Visibility.FEDERATION, Set.of())),
                "visibility.error.secrecy");
        assertThat(as(
                        lawyer,
                        () -> assessments.detail(created.id()).assessment().visibility()))
                .isEqualTo(Visibility.SHARED);

        Actor vetlanda = fixture.person("vetlanda");
        Actor aneby = fixture.person("aneby");
        assertThat(as(
                        vetlanda,
                        () -> assessments.detail(created.id()).assessment().title()))
                .isEqualTo("Skyddade personuppgifter");
        refused(aneby, () -> assessments.detail(created.id()), "assessment.error.notFound");
        assertThat(as(
                        aneby,
                        () -> assessments
                                .list(AssessmentFilter.none(), org.springframework.data.domain.PageRequest.of(0, 500))
                                .getContent()))
                .extracting(Assessment::id)
                .doesNotContain(created.id());
    }

    @Test
    void anotherMunicipalityAdoptsAnApprovedAssessmentAndTheOriginalSeesIt() {
        Assessment eksjos = fixture.approvedRiskAnalysis("eksjo", "Copilot – Eksjö", Set.of());
        Actor savsjoLawyer = fixture.person("savsjo", Role.LAWYER);
        Assessment adopted = as(savsjoLawyer, () -> assessments.adopt(eksjos.id()));
        assertThat(adopted.ownerOrganisation().id()).isEqualTo(organisations.id("savsjo"));
        assertThat(adopted.adoptedFromId()).isEqualTo(eksjos.id());
        assertThat(adopted.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(adopted.answers()).isEqualTo(eksjos.answers());
        assertThat(as(savsjoLawyer, () -> assessments.detail(adopted.id()).changedSinceAdoption()))
                .isEmpty();

        Map<String, String> local = new HashMap<>(adopted.answers());
        local.put("access", "Sävsjös egen behörighetsstyrning");
        as(
                savsjoLawyer,
                () -> assessments.update(
                        adopted.id(), adopted.version(), adopted.asDraft().withAnswers(local)));
        AssessmentDetail mine = as(savsjoLawyer, () -> assessments.detail(adopted.id()));
        assertThat(mine.changedSinceAdoption()).containsExactly("access");
        assertThat(mine.adoptedFrom().id()).isEqualTo(eksjos.id());
        assertThat(mine.pendingSignOffs()).hasSize(4); // its own sign-offs, none carried over

        // Comments per section, by readers of the assessment: Eksjö comments on Sävsjö's (FEDERATION) version.
        Actor eksjoDpo = fixture.person("eksjo", Role.DPO);
        as(eksjoDpo, () -> assessments.comment(adopted.id(), "security", "Har ni sett över loggningen?"));
        refused(eksjoDpo, () -> assessments.comment(adopted.id(), "noSuchSection", "x"), "assessment.error.section");
        refused(eksjoDpo, () -> assessments.comment(adopted.id(), "security", "  "), "assessment.error.comment");
        assertThat(as(savsjoLawyer, () -> assessments.detail(adopted.id()).comments()))
                .extracting(AssessmentComment::sectionKey, AssessmentComment::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("security", "Har ni sett över loggningen?"));

        Actor eksjoLawyer = fixture.person("eksjo", Role.LAWYER);
        assertThat(as(eksjoLawyer, () -> assessments.detail(eksjos.id()).adoptions()))
                .extracting(AssessmentDetail.Adoption::organisationName)
                .containsExactly("Sävsjö kommun");
        refused(eksjoLawyer, () -> assessments.adopt(eksjos.id()), "assessment.error.adoptOwn");
        refused(eksjoLawyer, () -> assessments.adopt(adopted.id()), "assessment.error.adoptApprovedOnly");
        Actor savsjoMember = fixture.person("savsjo");
        assertThatThrownBy(() -> as(savsjoMember, () -> assessments.adopt(eksjos.id())))
                .isInstanceOf(PermissionDeniedException.class);
    }

    private Assessment decide(Actor actor, Long id, AssessmentStatus outcome, String conditions) {
        long version = as(actor, () -> assessments.detail(id).assessment().version());
        return as(
                actor,
                () -> assessments.decide(
                        id,
                        version,
                        outcome,
                        conditions,
                        LocalDate.now(SwedishTime.ZONE).plusYears(1)));
    }

    private void refused(Actor actor, Supplier<?> action, String messageKey) {
        AbstractObjectAssert<?, ?> key = assertThatThrownBy(() -> as(actor, action))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey());
        key.isEqualTo(messageKey);
    }

    private <T> T as(Actor actor, Supplier<T> action) {
        return actingAs.as(actor, action);
    }
}
