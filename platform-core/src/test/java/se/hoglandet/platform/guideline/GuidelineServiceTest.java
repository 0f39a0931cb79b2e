package se.hoglandet.platform.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static se.hoglandet.platform.guideline.GuidelineFixture.controlled;
import static se.hoglandet.platform.guideline.GuidelineFixture.keyOf;
import static se.hoglandet.platform.guideline.GuidelineFixture.rule;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.guideline.LocalChanges.Mark;
import se.hoglandet.platform.guideline.UpstreamChange.Kind;
import se.hoglandet.platform.guideline.WordDiff.Change;
import se.hoglandet.platform.guideline.WordDiff.Segment;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.picture.PictureFigure;
import se.hoglandet.platform.picture.PictureService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.platform.worklist.WorkItems;
import se.hoglandet.platform.worklist.WorklistService;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.PdfChecks;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Guidelines through their services on the real MariaDB, each test in organisations of its own: the workflow and
 * who may do each step, frozen decided versions, adoption of the federation's template with provenance and local
 * marks, the template's next version taken, declined and in conflict (hand-computed), word differences of the
 * comparison (hand-computed), the review reminder once, the task on the start page and the figures in the
 * organisation's picture, the "followed" figures of a named fixture, refused imports and the PDF's accessibility.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class GuidelineServiceTest {

    @Autowired
    GuidelineService guidelines;

    @Autowired
    GuidelineContentService content;

    @Autowired
    GuidelineAdoptionService adoption;

    @Autowired
    GuidelineComparisonService comparison;

    @Autowired
    GuidelineExchangeService exchange;

    @Autowired
    GuidelineReviewReminders reminders;

    @Autowired
    WorklistService worklist;

    @Autowired
    PictureService pictures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService assessmentTemplates;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    GuidelineFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new GuidelineFixture(guidelines, content, adoption, people, actingAs, jdbc);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void aGuidelineGoesFromDraftThroughReviewAndDecisionToPublishedAndIsFrozenOnceDecided() {
        String org = fixture.organisation("Flödeskommun", "MUNICIPALITY");
        Actor itManager = fixture.person(org, Role.IT_MANAGER);
        Actor admin = fixture.person(org, Role.ORG_ADMIN);
        Actor lawyer = fixture.person(org, Role.LAWYER);
        Actor dpo = fixture.person(org, Role.DPO);
        Actor projectLead = fixture.person(org, Role.PROJECT_LEAD);
        Actor otherLawyer = fixture.person(fixture.organisation("Grannkommun", "MUNICIPALITY"), Role.LAWYER);

        assertThatThrownBy(() -> fixture.as(projectLead, () -> guidelines.create(GuidelineDraft.titled("Nej"))))
                .isInstanceOf(PermissionDeniedException.class);
        Guideline draft = fixture.draft(
                itManager,
                "Riktlinje för AI",
                "Regler",
                rule("Beslut fattas alltid av en människa.", "human-review"),
                rule("Incidenter rapporteras samma dag.", "incidents"));
        String human = keyOf(draft, "Beslut");
        assertThat(draft.status()).isEqualTo(GuidelineStatus.DRAFT);
        assertThat(draft.visibility()).as("drafts start private").isEqualTo(Visibility.PRIVATE);
        assertThat(draft.isTemplate()).isFalse();

        assertThat(error(() -> fixture.as(lawyer, () -> guidelines.comment(draft.id(), human, "För tidigt"))))
                .as("no comments before review")
                .isEqualTo("guideline.error.status.IN_REVIEW");
        assertThatThrownBy(() -> fixture.as(
                        lawyer,
                        () -> content.addClause(
                                draft.id(),
                                draft.version(),
                                rule("Jurist skriver", "bias").in("x"))))
                .as("a lawyer comments but does not write")
                .isInstanceOf(PermissionDeniedException.class);

        Guideline inReview = fixture.as(itManager, () -> guidelines.submit(draft.id(), draft.version()));
        assertThat(inReview.status()).isEqualTo(GuidelineStatus.IN_REVIEW);
        assertThat(error(() -> fixture.as(
                        itManager,
                        () -> content.addClause(
                                inReview.id(),
                                inReview.version(),
                                rule("Sent tillägg", "bias")
                                        .in(inReview.sections().getFirst().key())))))
                .isEqualTo("guideline.error.frozen");
        fixture.as(lawyer, () -> guidelines.comment(inReview.id(), human, "Vem är människan? Skriv ut rollen."));
        fixture.as(dpo, () -> guidelines.comment(inReview.id(), human, "Bra, men nämn dataskyddsombudet."));
        assertThatThrownBy(() -> fixture.as(projectLead, () -> guidelines.comment(inReview.id(), human, "Jag med")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(error(() -> fixture.as(otherLawyer, () -> guidelines.comment(inReview.id(), human, "Granne"))))
                .as("a private draft is not even found by another organisation's lawyer")
                .isEqualTo("guideline.error.notFound");
        assertThat(fixture.as(lawyer, () -> worklist.mine()))
                .extracting(WorkItems::kind)
                .as("the version in review waits for the lawyer's comments")
                .contains(GuidelineWork.GUIDELINE_COMMENTS);

        DecisionDraft decision = new DecisionDraft(
                "Kommunstyrelsen", LocalDate.now(SwedishTime.ZONE).minusDays(2), "KS 2026/9", null);
        assertThatThrownBy(() ->
                        fixture.as(itManager, () -> guidelines.decide(inReview.id(), inReview.version(), decision)))
                .as("the IT manager writes but does not decide")
                .isInstanceOf(PermissionDeniedException.class);
        Guideline decided = fixture.as(admin, () -> guidelines.decide(inReview.id(), inReview.version(), decision));
        assertThat(decided.status()).isEqualTo(GuidelineStatus.DECIDED);
        assertThat(decided.decidedBy()).isEqualTo("Kommunstyrelsen");
        assertThat(decided.diaryNumber()).isEqualTo("KS 2026/9");
        assertThat(decided.reviewDate())
                .isEqualTo(LocalDate.now(SwedishTime.ZONE).minusDays(2).plusYears(1));
        assertThat(decided.visibility()).as("decided is not yet published").isEqualTo(Visibility.PRIVATE);
        assertThat(error(() -> fixture.as(
                        itManager,
                        () -> content.updateClause(
                                decided.id(),
                                decided.version(),
                                human,
                                rule("Ändrat i efterhand", "human-review")
                                        .in(decided.sections().getFirst().key())))))
                .as("a decided version is frozen")
                .isEqualTo("guideline.error.frozen");

        Guideline published = fixture.as(admin, () -> guidelines.publish(decided.id(), decided.version()));
        assertThat(published.status()).isEqualTo(GuidelineStatus.PUBLISHED);
        assertThat(published.visibility()).isEqualTo(Visibility.PUBLIC);
        GuidelineDetail detail = fixture.as(lawyer, () -> guidelines.detail(published.id()));
        assertThat(detail.commentsOn(human))
                .extracting(GuidelineComment::body)
                .containsExactly("Vem är människan? Skriv ut rollen.", "Bra, men nämn dataskyddsombudet.");
        assertThat(detail.mayEdit()).isFalse();

        Guideline next = fixture.as(itManager, () -> guidelines.newVersion(published.id()));
        assertThat(next.versionNumber()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(GuidelineStatus.DRAFT);
        assertThat(next.predecessorId()).isEqualTo(published.id());
        assertThat(next.clausesByKey().keySet())
                .as("clause keys are stable across versions")
                .containsExactlyElementsOf(published.clausesByKey().keySet());
        Guideline edited = fixture.as(
                itManager,
                () -> content.updateClause(
                        next.id(),
                        next.version(),
                        human,
                        rule("Beslut fattas alltid av en ansvarig människa.", "human-review")
                                .in(next.sections().getFirst().key())));
        assertThat(fixture.as(admin, () -> guidelines.detail(published.id()))
                        .guideline()
                        .findClause(human)
                        .orElseThrow()
                        .text())
                .as("the published version stays as decided")
                .isEqualTo("Beslut fattas alltid av en människa.");
        assertThat(error(() -> fixture.as(itManager, () -> guidelines.newVersion(published.id()))))
                .isEqualTo("guideline.error.notNewest");
        assertThatThrownBy(() -> fixture.as(itManager, () -> content.removeClause(next.id(), next.version(), human)))
                .as("an edit on what the writer read before someone else's change")
                .isInstanceOf(StaleEditException.class);
        assertThat(edited.version()).isGreaterThan(next.version());
    }

    @Test
    void federationStaffLookAfterTheTemplateOnlyAndAnOrganisationAdoptsItWithProvenanceAndLocalMarks() {
        String federation = fixture.organisation("Mallförbundet", "FEDERATION");
        Actor staff = fixture.person(federation, Role.FEDERATION_STAFF);
        String org = fixture.organisation("Antagarkommun", "MUNICIPALITY");
        Actor staffOfMunicipality = fixture.person(org, Role.FEDERATION_STAFF);
        Actor writer = fixture.person(org, Role.IT_MANAGER);

        assertThatThrownBy(() ->
                        fixture.as(staffOfMunicipality, () -> guidelines.create(GuidelineDraft.titled("Inte deras"))))
                .as("federation staff do not write a municipality's guideline")
                .isInstanceOf(PermissionDeniedException.class);
        Guideline template = fixture.publish(
                fixture.draft(
                        staff,
                        "Mall",
                        "Regler",
                        rule("Incidenter rapporteras samma dag.", "incidents"),
                        rule("Copilot används i första hand.", "approved-tools")),
                staff,
                staff);
        assertThat(template.isTemplate()).isTrue();
        assertThat(template.status()).isEqualTo(GuidelineStatus.PUBLISHED);

        Guideline adopted = fixture.as(writer, () -> adoption.adopt(template.id()));
        assertThat(adopted.sourceTemplateId()).isEqualTo(template.id());
        assertThat(adopted.clausesByKey().keySet())
                .containsExactlyElementsOf(template.clausesByKey().keySet());
        String tools = keyOf(adopted, "Copilot");
        Guideline changed = fixture.as(
                writer,
                () -> content.updateClause(
                        adopted.id(),
                        adopted.version(),
                        tools,
                        rule("Copilot används i första hand, med kommunens inloggning.", "approved-tools")
                                .in(adopted.sections().getFirst().key())));
        Guideline added = fixture.as(
                writer,
                () -> content.addClause(
                        changed.id(),
                        changed.version(),
                        rule("Chefen ansvarar för att riktlinjen följs.", "responsibility")
                                .in(changed.sections().getFirst().key())));
        String local = keyOf(added, "Chefen");

        GuidelineDetail detail = fixture.as(writer, () -> guidelines.detail(added.id()));
        assertThat(detail.source().id()).isEqualTo(template.id());
        assertThat(detail.source().title()).isEqualTo("Mall");
        assertThat(detail.localChanges().marks())
                .containsExactly(Map.entry(tools, Mark.CHANGED), Map.entry(local, Mark.ADDED));
        assertThat(detail.localChanges().dropped()).isEmpty();
    }

    @Test
    void theTemplatesNextVersionIsTakenDeclinedOrInConflictClauseByClause() {
        String federation = fixture.organisation("Uppströmsförbundet", "FEDERATION");
        Actor staff = fixture.person(federation, Role.FEDERATION_STAFF);
        String org = fixture.organisation("Nedströmskommun", "MUNICIPALITY");
        Actor writer = fixture.person(org, Role.IT_MANAGER);
        Actor admin = fixture.person(org, Role.ORG_ADMIN);

        Guideline v1 = fixture.publish(
                fixture.draft(
                        staff,
                        "Mall",
                        "Regler",
                        rule("Incidenter rapporteras samma dag.", "incidents"),
                        rule("Riktlinjen ses över varje år.", "annual-review"),
                        rule("Copilot används i första hand.", "approved-tools")),
                staff,
                staff);
        String incidents = keyOf(v1, "Incidenter");
        String review = keyOf(v1, "Riktlinjen");
        String tools = keyOf(v1, "Copilot");
        String section = v1.sections().getFirst().key();

        // The adopter changes the tools clause and publishes.
        Guideline adopted = fixture.as(writer, () -> adoption.adopt(v1.id()));
        Guideline local = fixture.as(
                writer,
                () -> content.updateClause(
                        adopted.id(),
                        adopted.version(),
                        tools,
                        rule("Copilot används i första hand, med kommunens inloggning.", "approved-tools")
                                .in(section)));
        Guideline localPublished = fixture.publish(local, writer, admin);

        // The template's second version: incidents changed, tools changed, a bias clause added, the review clause gone.
        Guideline draft2 = fixture.as(staff, () -> guidelines.newVersion(v1.id()));
        Guideline step = fixture.as(
                staff,
                () -> content.updateClause(
                        draft2.id(),
                        draft2.version(),
                        incidents,
                        rule("Incidenter rapporteras senast nästa arbetsdag.", "incidents")
                                .in(section)));
        Guideline step2 = fixture.as(
                staff,
                () -> content.updateClause(
                        step.id(),
                        step.version(),
                        tools,
                        rule("Microsoft Copilot används i första hand.", "approved-tools")
                                .in(section)));
        Guideline step3 = fixture.as(
                staff,
                () -> content.addClause(
                        step2.id(),
                        step2.version(),
                        rule("Resultat prövas mot risken för diskriminering.", "bias")
                                .in(section)));
        Guideline step4 = fixture.as(staff, () -> content.removeClause(step3.id(), step3.version(), review));
        Guideline v2 = fixture.publish(step4, staff, staff);
        String bias = keyOf(v2, "Resultat");

        Guideline mine = fixture.as(writer, () -> guidelines.newVersion(localPublished.id()));
        var review1 = fixture.as(writer, () -> adoption.upstream(mine.id()));
        assertThat(review1.base().id()).isEqualTo(v1.id());
        assertThat(review1.upstream().id()).isEqualTo(v2.id());
        assertThat(review1.mayAnswer()).isTrue();
        // Hand-computed: incidents changed upstream only; tools changed on both sides; bias new; review removed.
        assertThat(review1.changes())
                .extracting(UpstreamChange::clauseKey, UpstreamChange::kind, UpstreamChange::conflict)
                .containsExactly(
                        tuple(incidents, Kind.CHANGED, false),
                        tuple(tools, Kind.CHANGED, true),
                        tuple(bias, Kind.ADDED, false),
                        tuple(review, Kind.REMOVED, false));
        assertThat(fixture.as(writer, () -> guidelines.detail(mine.id())).pendingUpstreamChanges())
                .isEqualTo(4);

        Guideline a = fixture.as(writer, () -> adoption.take(mine.id(), mine.version(), incidents));
        Guideline b = fixture.as(writer, () -> adoption.decline(a.id(), a.version(), tools));
        Guideline c = fixture.as(writer, () -> adoption.take(b.id(), b.version(), bias));
        assertThat(c.sourceTemplateId()).as("one change still open").isEqualTo(v1.id());
        Guideline d = fixture.as(writer, () -> adoption.take(c.id(), c.version(), review));

        assertThat(d.findClause(incidents).orElseThrow().text())
                .isEqualTo("Incidenter rapporteras senast nästa arbetsdag.");
        assertThat(d.findClause(tools).orElseThrow().text())
                .as("declined: the local text stays")
                .isEqualTo("Copilot används i första hand, med kommunens inloggning.");
        assertThat(d.findClause(bias).orElseThrow().text()).isEqualTo("Resultat prövas mot risken för diskriminering.");
        assertThat(d.findClause(review)).as("the removal taken").isEmpty();
        assertThat(d.sourceTemplateId())
                .as("every change answered: brought up to date")
                .isEqualTo(v2.id());
        assertThat(fixture.as(writer, () -> adoption.upstream(d.id())).changes())
                .isEmpty();
        assertThat(error(() -> fixture.as(writer, () -> adoption.take(d.id(), d.version(), tools))))
                .isEqualTo("guideline.error.noUpstreamChange");
        GuidelineDetail detail = fixture.as(writer, () -> guidelines.detail(d.id()));
        assertThat(detail.localChanges().marks()).containsExactly(Map.entry(tools, Mark.CHANGED));

        // Compared with the template's newest version by clause: the word difference of the declined clause.
        GuidelineComparison compared = fixture.as(writer, () -> comparison.compare(d.id(), v2.id()));
        assertThat(compared.alignment()).isEqualTo(GuidelineComparison.Alignment.BY_CLAUSE);
        GuidelineComparison.Row toolsRow = compared.rows().stream()
                .filter(r -> tools.equals(r.key()))
                .findFirst()
                .orElseThrow();
        assertThat(toolsRow.same()).isFalse();
        assertThat(toolsRow.difference())
                .containsExactly(
                        new Segment(Change.ADDED, "Microsoft"),
                        new Segment(Change.SAME, "Copilot används i första"),
                        new Segment(Change.REMOVED, "hand, med kommunens inloggning."),
                        new Segment(Change.ADDED, "hand."));
        assertThat(compared.rows().stream()
                        .filter(r -> incidents.equals(r.key()))
                        .findFirst()
                        .orElseThrow()
                        .same())
                .isTrue();
        assertThat(compared.differences()).isEqualTo(1);
    }

    @Test
    void unrelatedGuidelinesAreComparedByTopicWithWordDifferences() {
        String one = fixture.organisation("Ettkommun", "MUNICIPALITY");
        String two = fixture.organisation("Tvåkommun", "MUNICIPALITY");
        Actor writerOne = fixture.person(one, Role.IT_MANAGER);
        Actor writerTwo = fixture.person(two, Role.ORG_ADMIN);
        Guideline left = fixture.draft(
                writerOne, "Ett", "Regler", rule("Incidenter rapporteras senast nästa arbetsdag.", "incidents"));
        Guideline right = fixture.publish(
                fixture.draft(
                        writerTwo,
                        "Två",
                        "Regler",
                        rule("Incidenter rapporteras genast till IT.", "incidents"),
                        rule("Alla går grundkursen.", "training")),
                writerTwo,
                writerTwo);

        GuidelineComparison compared = fixture.as(writerOne, () -> comparison.compare(left.id(), right.id()));
        assertThat(compared.alignment()).isEqualTo(GuidelineComparison.Alignment.BY_TOPIC);
        assertThat(compared.rows()).extracting(GuidelineComparison.Row::key).containsExactly("incidents", "training");
        assertThat(compared.rows().getFirst().difference())
                .containsExactly(
                        new Segment(Change.SAME, "Incidenter rapporteras"),
                        new Segment(Change.REMOVED, "senast nästa arbetsdag."),
                        new Segment(Change.ADDED, "genast till IT."));
        assertThat(compared.rows().get(1).left())
                .as("nothing on training on the left")
                .isEmpty();
        assertThat(compared.rows().get(1).difference())
                .containsExactly(new Segment(Change.ADDED, "Alla går grundkursen."));
    }

    @Test
    void theReviewReminderIsSentOnceAndTheReviewIsATaskOnTheStartPage() {
        String org = fixture.organisation("Översynskommun", "MUNICIPALITY");
        Actor itManager = fixture.person(org, Role.IT_MANAGER);
        Actor admin = fixture.person(org, Role.ORG_ADMIN);
        Actor projectLead = fixture.person(org, Role.PROJECT_LEAD);
        Guideline draft = fixture.draft(itManager, "Översyn", "Regler", rule("Ses över årligen.", "annual-review"));
        Guideline submitted = fixture.as(itManager, () -> guidelines.submit(draft.id(), draft.version()));
        Guideline decided = fixture.as(
                admin,
                () -> guidelines.decide(
                        submitted.id(),
                        submitted.version(),
                        new DecisionDraft(
                                "Kommunfullmäktige",
                                LocalDate.now(SwedishTime.ZONE).minusMonths(11),
                                "KF 2025/3",
                                LocalDate.now(SwedishTime.ZONE).plusDays(10))));

        reminders.remindOfDueReviews();
        await().atMost(Duration.ofSeconds(20)).until(() -> reminded(admin) == 1 && reminded(itManager) == 1);
        reminders.remindOfDueReviews();
        assertThat(reminded(admin)).as("once").isEqualTo(1);
        assertThat(reminded(itManager)).isEqualTo(1);
        assertThat(reminded(projectLead)).isZero();

        List<WorkItems> adminWork = fixture.as(admin, () -> worklist.mine());
        WorkItems reviews = adminWork.stream()
                .filter(w -> w.kind().equals(GuidelineWork.GUIDELINE_REVIEWS))
                .findFirst()
                .orElseThrow();
        assertThat(reviews.first().getFirst().link()).isEqualTo("guidelines/" + decided.id());
        assertThat(reviews.first().getFirst().due())
                .isEqualTo(LocalDate.now(SwedishTime.ZONE).plusDays(10));
        assertThat(fixture.as(projectLead, () -> worklist.mine()))
                .extracting(WorkItems::kind)
                .doesNotContain(GuidelineWork.GUIDELINE_REVIEWS);

        // The organisation's picture: a decided guideline, ten days to its review.
        List<PictureFigure> figures = fixture.as(admin, () -> pictures.picture(fixture.organisationId(org)))
                .figures();
        assertThat(figures)
                .filteredOn(f -> f.section().equals("guidelines"))
                .extracting(
                        PictureFigure::key,
                        PictureFigure::qualifier,
                        f -> f.value().intValue(),
                        PictureFigure::link)
                .containsExactly(
                        tuple(
                                "guidelines.decided",
                                LocalDate.now(SwedishTime.ZONE).minusMonths(11).toString(),
                                1,
                                "guidelines/" + decided.id()),
                        tuple(
                                "guidelines.reviewInDays",
                                LocalDate.now(SwedishTime.ZONE).plusDays(10).toString(),
                                10,
                                "guidelines/" + decided.id()));
    }

    /**
     * The named fixture: three initiatives in production, an approved risk and consequence analysis covering two of
     * them — "2 av 3" on the production-gate clause, read live from the assessments.
     */
    @Test
    void theProductionGateClauseShowsTwoOfThreeInitiativesInProductionWithAnApprovedAnalysis() {
        String org = fixture.organisation("Driftkommun", "MUNICIPALITY");
        Actor admin = fixture.person(org, Role.ORG_ADMIN);
        long orgId = fixture.organisationId(org);
        Long chatbot = inProduction(orgId, "Chattbot");
        Long transcription = inProduction(orgId, "Transkribering");
        inProduction(orgId, "Bildanalys utan analys");
        Guideline guideline = fixture.draft(
                admin,
                "Driftregler",
                "Regler",
                controlled(
                        "Ingen AI-tjänst tas i drift utan godkänd analys.",
                        PlatformControl.PRODUCTION_GATE,
                        "risk-analysis"));
        assertThat(fixture.as(admin, () -> guidelines.detail(guideline.id()))
                        .controls()
                        .get(PlatformControl.PRODUCTION_GATE))
                .isEqualTo(ControlStatus.of(
                        PlatformControl.PRODUCTION_GATE, ControlStatus.Verdict.NOT_FOLLOWED, "some", 0L, 3L));

        new AssessmentFixture(assessments, assessmentTemplates, people, actingAs)
                .approvedRiskAnalysis(org, "Analys av chattbot och transkribering", Set.of(chatbot, transcription));

        ControlStatus gate = fixture.as(admin, () -> guidelines.detail(guideline.id()))
                .controls()
                .get(PlatformControl.PRODUCTION_GATE);
        assertThat(gate.verdict()).isEqualTo(ControlStatus.Verdict.PARTLY);
        assertThat(gate.variant()).isEqualTo("some");
        assertThat(gate.figures()).containsExactly(2L, 3L);
    }

    @Test
    void aMalformedImportIsRefusedWholeWithItsReasonAndAWellFormedOneIsADraft() {
        String source = fixture.organisation("Exportkommun", "MUNICIPALITY");
        Actor exporter = fixture.person(source, Role.ORG_ADMIN);
        Guideline original = fixture.draft(
                exporter,
                "Export",
                "Regler",
                rule("Incidenter rapporteras samma dag.", "incidents"),
                rule("Copilot används i första hand.", "approved-tools"));
        String json = fixture.as(exporter, () -> exchange.exportJson(original.id()));
        String org = fixture.organisation("Importkommun", "MUNICIPALITY");
        Actor importer = fixture.person(org, Role.IT_MANAGER);

        assertThat(refusal(importer, "{ inte json")).isEqualTo("guideline.import.error.json");
        assertThat(refusal(importer, json.replace("approved-tools", "no-such-topic")))
                .as("the second clause's topic is unknown: the first, well-formed clause is not saved either")
                .isEqualTo("guideline.import.error.topic");
        assertThat(refusal(importer, json.replace("\"RULE\"", "\"LAW\""))).isEqualTo("guideline.import.error.kind");
        assertThat(refusal(importer, "")).isEqualTo("guideline.import.error.empty");
        assertThat(jdbc.queryForObject(
                        "select count(*) from guideline g join organisation o on o.id = g.owner_organisation_id"
                                + " where o.code = ?",
                        Integer.class,
                        org))
                .as("nothing saved")
                .isZero();

        Guideline imported = fixture.as(importer, () -> exchange.importJson(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(imported.status()).isEqualTo(GuidelineStatus.DRAFT);
        assertThat(imported.clausesByKey().keySet())
                .containsExactlyElementsOf(original.clausesByKey().keySet());
        assertThat(imported.ownerOrganisation().code()).isEqualTo(org);
    }

    @Test
    void thePdfForTheDiaryIsAccessible() {
        String org = fixture.organisation("Diariekommun", "MUNICIPALITY");
        Actor admin = fixture.person(org, Role.ORG_ADMIN);
        Guideline published = fixture.publish(
                fixture.draft(
                        admin,
                        "Riktlinje för diariet",
                        "Regler",
                        rule("Beslut fattas alltid av en människa.", "human-review"),
                        controlled(
                                "Incidenter rapporteras samma dag.", PlatformControl.INCIDENT_REPORTING, "incidents")),
                admin,
                admin);
        byte[] pdf = fixture.as(admin, () -> exchange.exportPdf(published.id()));
        PdfChecks.assertAccessible(pdf, "guideline");
        assertThat(PdfChecks.title(pdf)).contains("Riktlinje för diariet");
        assertThat(PdfChecks.language(pdf)).isEqualTo("sv");
        assertThat(PdfChecks.text(pdf))
                .contains("Beslut fattas alltid av en människa.", "Incidenter rapporteras samma dag.", "KS 2026/1");
    }

    private String refusal(Actor importer, String file) {
        return error(() -> fixture.as(importer, () -> exchange.importJson(file.getBytes(StandardCharsets.UTF_8))));
    }

    private static String error(Runnable action) {
        try {
            action.run();
        } catch (DomainValidationException e) {
            return e.messageKey();
        }
        throw new AssertionError("No DomainValidationException");
    }

    private int reminded(Actor person) {
        return jdbc.queryForObject(
                "select count(*) from notification where recipient_person_id = ? and kind = 'GUIDELINE_REVIEW_DUE'",
                Integer.class,
                person.personId());
    }

    /** An initiative registered as in production (as one registered before the gate existed would be). */
    private Long inProduction(long organisationId, String title) {
        jdbc.update("""
                insert into initiative (title, summary, owner_organisation_id, visibility, area, ai_type, data_class,
                    ai_act_role, risk_group, status, collaboration_level, public_fields, created_at, updated_at, demo,
                    version)
                values (?, ?, ?, 'FEDERATION', 'ADMINISTRATION', 'GENERATIVE', 'PUBLIC', 'DEPLOYER', 'MINIMAL',
                    'PRODUCTION', 1, '', current_timestamp, current_timestamp, false, 0)""", title, "Om " + title, organisationId);
        return jdbc.queryForObject(
                "select max(id) from initiative where owner_organisation_id = ? and title = ?",
                Long.class,
                organisationId,
                title);
    }
}
