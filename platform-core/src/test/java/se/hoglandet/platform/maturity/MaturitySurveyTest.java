package se.hoglandet.platform.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.PdfChecks;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * A survey cycle on MariaDB with the shipped model: Eksjö's three respondents and Aneby's two answer and submit, the
 * coordinators submit the results. Hand-computed: Eksjö's respondents answer 5/4/2 on strategy, 1/2/3 on AI use and
 * 3/4/2 elsewhere: strategy 3.67 (strongest), AI use 2.00 (weakest), the rest 3.00. Aneby has fewer than the minimum
 * of three respondents: its scores are suppressed and the federation average is Eksjö's. Individual answers stay
 * with the respondent and the coordinator; a closed cycle is locked; model versions keep old cycles' meaning.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class MaturitySurveyTest {

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

    @Test
    void scoresMinimumRespondentsPrivacyAndLocking() {
        MaturityModel model = actingAs.as(staff, () -> maturity.models()).stream()
                .filter(m -> m.modelKey().equals("ai-mognad") && m.modelVersion() == 1)
                .findFirst()
                .orElseThrow();
        Actor eksjoCoordinator = persons.person("eksjo", Role.ORG_ADMIN);
        Actor anebyCoordinator = persons.person("aneby", Role.ORG_ADMIN);
        Long eksjo = eksjoCoordinator.organisationId();
        Long aneby = anebyCoordinator.organisationId();
        assertThatThrownBy(() -> actingAs.as(
                        eksjoCoordinator,
                        () -> maturity.createCycle(
                                "Hösten",
                                model.id(),
                                LocalDate.now(SwedishTime.ZONE),
                                LocalDate.now(SwedishTime.ZONE).plusDays(30),
                                Set.of(eksjo))))
                .isInstanceOf(PermissionDeniedException.class);
        SurveyCycle cycle = actingAs.as(
                staff,
                () -> maturity.createCycle(
                        "Hösten 2026",
                        model.id(),
                        LocalDate.now(SwedishTime.ZONE).minusDays(1),
                        LocalDate.now(SwedishTime.ZONE).plusDays(30),
                        Set.of(eksjo, aneby)));

        List<Actor> eksjoRespondents =
                List.of(persons.person("eksjo"), persons.person("eksjo"), persons.person("eksjo"));
        int[][] strategyUseOther = {{5, 1, 3}, {4, 2, 4}, {2, 3, 2}};
        for (int i = 0; i < 3; i++) {
            Actor respondent = eksjoRespondents.get(i);
            int[] scores = strategyUseOther[i];
            actingAs.as(eksjoCoordinator, () -> maturity.invite(cycle.id(), respondent.personId()));
            answerAll(
                    respondent,
                    cycle,
                    model,
                    d -> d.equals("strategy") ? scores[0] : d.equals("use") ? scores[1] : scores[2]);
        }
        assertThatThrownBy(() -> actingAs.as(
                        eksjoCoordinator,
                        () -> maturity.invite(
                                cycle.id(), eksjoRespondents.get(0).personId())))
                .isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(() -> actingAs.as(
                        eksjoCoordinator,
                        () -> maturity.invite(
                                cycle.id(), persons.person("aneby").personId())))
                .isInstanceOf(DomainValidationException.class);
        for (int i = 0; i < 2; i++) {
            Actor respondent = persons.person("aneby");
            actingAs.as(anebyCoordinator, () -> maturity.invite(cycle.id(), respondent.personId()));
            answerAll(respondent, cycle, model, d -> 5);
        }
        // Before the coordinator sends in the result the page says how many have answered, not "0".
        OrganisationOverview beforeResult =
                actingAs.as(eksjoRespondents.get(0), () -> maturity.organisationOverview(cycle.id(), eksjo));
        assertThat(beforeResult.resultSubmitted()).isFalse();
        assertThat(beforeResult.invited()).isEqualTo(3);
        assertThat(beforeResult.answered()).isEqualTo(3);
        assertThat(beforeResult.missing()).isZero();
        // Someone not invited learns who coordinates; the coordinators are the administrators unless one is named.
        Actor notInvited = persons.person("eksjo");
        CycleDetail seenByOutsider = actingAs.as(notInvited, () -> maturity.detail(cycle.id()));
        assertThat(seenByOutsider.myResponse()).isNull();
        assertThat(seenByOutsider.takesPart()).isTrue();
        assertThat(seenByOutsider.myCoordinators()).contains(eksjoCoordinator.displayName());
        assertThat(actingAs.as(persons.person("savsjo"), () -> maturity.detail(cycle.id()))
                        .takesPart())
                .isFalse();
        Map<String, LevelPair> levels = new HashMap<>();
        model.definition().dimensions().forEach(d -> levels.put(d.key(), new LevelPair(1, 3)));
        assertThatThrownBy(() ->
                        actingAs.as(eksjoRespondents.get(0), () -> maturity.submitOrganisation(cycle.id(), levels)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> actingAs.as(eksjoCoordinator, () -> maturity.submitOrganisation(cycle.id(), Map.of())))
                .isInstanceOf(DomainValidationException.class);
        actingAs.as(eksjoCoordinator, () -> maturity.submitOrganisation(cycle.id(), levels));
        actingAs.as(anebyCoordinator, () -> maturity.submitOrganisation(cycle.id(), levels));

        OrganisationOverview eksjoResult =
                actingAs.as(eksjoRespondents.get(1), () -> maturity.organisationOverview(cycle.id(), eksjo));
        assertThat(eksjoResult.suppressed()).isFalse();
        assertThat(eksjoResult.respondents()).isEqualTo(3);
        assertThat(eksjoResult.scores().get("strategy")).isEqualByComparingTo("3.67");
        assertThat(eksjoResult.scores().get("use")).isEqualByComparingTo("2.00");
        assertThat(eksjoResult.scores().get("legal")).isEqualByComparingTo("3.00");
        assertThat(eksjoResult.strongest()).isEqualTo("strategy");
        assertThat(eksjoResult.weakest()).isEqualTo("use");
        assertThat(eksjoResult.federationAverage()).isEqualTo(eksjoResult.scores());
        assertThat(eksjoResult.levels().get("collaboration")).isEqualTo(new LevelPair(1, 3));

        OrganisationOverview anebyResult =
                actingAs.as(anebyCoordinator, () -> maturity.organisationOverview(cycle.id(), aneby));
        assertThat(anebyResult.suppressed()).isTrue();
        assertThat(anebyResult.scores()).isEmpty();
        assertThat(anebyResult.federationAverage().get("use")).isEqualByComparingTo("2.00");

        FederationOverview asStaff = actingAs.as(staff, () -> maturity.federationOverview(cycle.id()));
        assertThat(asStaff.rows())
                .extracting(FederationOverview.Row::organisationName, FederationOverview.Row::suppressed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Aneby kommun", true),
                        org.assertj.core.groups.Tuple.tuple("Eksjö kommun", false));
        assertThat(asStaff.levelCounts().get("collaboration")).containsExactly(2, 0, 0, 0);
        assertThat(asStaff.rates())
                .extracting(FederationOverview.Rate::submitted)
                .containsExactly(2, 3);
        assertThat(asStaff.trend().get("use"))
                .last()
                .satisfies(v -> assertThat(v).isEqualByComparingTo("2.00"));
        FederationOverview asMember =
                actingAs.as(persons.person("vetlanda"), () -> maturity.federationOverview(cycle.id()));
        assertThat(asMember.rows()).isEmpty();
        assertThat(asMember.rates()).isEmpty();
        assertThat(asMember.average().get("strategy")).isEqualByComparingTo("3.67");
        assertThat(actingAs.as(staff, () -> maturity.overviewCsv(cycle.id())))
                .contains("Aneby kommun;för få svar")
                .contains("Eksjö kommun;3,67");

        byte[] pdf = actingAs.as(staff, () -> maturity.overviewPdf(cycle.id()));
        PdfChecks.assertAccessible(pdf, "maturity overview");
        assertThat(PdfChecks.title(pdf)).isEqualTo("Mognadsmätning: Hösten 2026");
        assertThat(PdfChecks.language(pdf)).isEqualTo("sv");
        String text = PdfChecks.text(pdf);
        assertThat(text.replaceAll("\\s+", " ")) // table cells wrap within their column
                .contains("Höglandsförbundet · " + model.definition().name())
                .contains("5 av 5 inbjudna har skickat in.")
                .contains("Aneby kommun för få svar för få svar")
                .contains("Eksjö kommun 3,67 3,00 3,00 3,00 3,00 3,00 2,00")
                .contains("Förbundets medelvärde 3,67 3,00 3,00 3,00 3,00 3,00 2,00")
                .contains("Svarsfrekvens")
                .contains("Eksjö kommun 3 3 3 Ja");
        // The model's long compound words come out whole, never hyphenated or split.
        assertThat(List.of(text.split("\\s+"))).contains("informationssäkerhet", "förändringsledning");

        // A named coordinator (not an administrator) coordinates too; a plain member does not.
        Actor named = persons.person("aneby");
        actingAs.as(staff, () -> {
            maturity.nameCoordinator(cycle.id(), aneby, named.personId());
            return null;
        });
        assertThat(actingAs.as(named, () -> maturity.respondentCandidates(cycle.id())))
                .extracting(p -> p.id())
                .contains(named.personId());
        assertThat(actingAs.as(named, () -> maturity.detail(cycle.id())).coordinator())
                .isTrue();
        assertThatThrownBy(() -> actingAs.as(persons.person("aneby"), () -> maturity.respondentCandidates(cycle.id())))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> actingAs.as(anebyCoordinator, () -> {
                    maturity.nameCoordinator(
                            cycle.id(), eksjo, eksjoRespondents.get(0).personId());
                    return null;
                }))
                .isInstanceOf(PermissionDeniedException.class);

        // Individual answers: the respondent and their coordinator only.
        Long firstResponse = actingAs.as(eksjoRespondents.get(0), () -> maturity.detail(cycle.id()))
                .myResponse()
                .id();
        assertThat(actingAs.as(eksjoCoordinator, () -> maturity.response(firstResponse))
                        .answers())
                .isNotEmpty();
        for (Actor outsider : List.of(eksjoRespondents.get(1), staff, anebyCoordinator)) {
            assertThatThrownBy(() -> actingAs.as(outsider, () -> maturity.response(firstResponse)))
                    .isInstanceOf(DomainValidationException.class);
        }
        assertThat(actingAs.as(eksjoCoordinator, () -> maturity.detail(cycle.id()))
                        .myOrganisationsResponses())
                .hasSize(3)
                .allMatch(r -> r.status() == ResponseStatus.SUBMITTED);

        // Closed cycles are locked.
        Actor late = persons.person("eksjo");
        actingAs.as(staff, () -> maturity.closeCycle(cycle.id()));
        assertThatThrownBy(() -> actingAs.as(eksjoCoordinator, () -> maturity.invite(cycle.id(), late.personId())))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("maturity.error.locked");
    }

    /** An organisation's result: every role of the organisation itself, federation staff, nobody else. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    void anOrganisationsResultIsForItselfAndFederationStaff(Role role) {
        MaturityModel model = actingAs.as(staff, () -> maturity.models()).getFirst();
        Actor eksjoPerson = persons.person("eksjo", role);
        SurveyCycle cycle = actingAs.as(
                staff,
                () -> maturity.createCycle(
                        "Cykel " + role,
                        model.id(),
                        LocalDate.now(SwedishTime.ZONE),
                        LocalDate.now(SwedishTime.ZONE).plusDays(10),
                        Set.of(eksjoPerson.organisationId())));
        assertThat(actingAs.as(
                                eksjoPerson,
                                () -> maturity.organisationOverview(cycle.id(), eksjoPerson.organisationId()))
                        .organisationName())
                .isEqualTo("Eksjö kommun");
        Actor other = persons.person("vetlanda", role);
        if (role == Role.FEDERATION_STAFF) {
            assertThat(actingAs.as(other, () -> maturity.organisationOverview(cycle.id(), eksjoPerson.organisationId()))
                            .organisationId())
                    .isEqualTo(eksjoPerson.organisationId());
        } else {
            assertThatThrownBy(() -> actingAs.as(
                            other, () -> maturity.organisationOverview(cycle.id(), eksjoPerson.organisationId())))
                    .isInstanceOf(PermissionDeniedException.class);
        }
    }

    @Test
    void aNewModelVersionLeavesEarlierCyclesWithTheirOwn() {
        MaturityModel v1 = actingAs.as(staff, () -> maturity.models()).stream()
                .filter(m -> m.modelKey().equals("ai-mognad") && m.modelVersion() == 1)
                .findFirst()
                .orElseThrow();
        SurveyCycle old = actingAs.as(
                staff,
                () -> maturity.createCycle(
                        "Våren",
                        v1.id(),
                        LocalDate.now(SwedishTime.ZONE).minusDays(60),
                        LocalDate.now(SwedishTime.ZONE).minusDays(30),
                        Set.of(persons.person("eksjo").organisationId())));
        assertThatThrownBy(() -> actingAs.as(staff, () -> maturity.importModel("{\"key\": \"ai-mognad\"}")))
                .isInstanceOf(DomainValidationException.class);
        String json = actingAs.as(staff, () -> maturity.exportModel(v1.id()));
        ModelDefinition parsed = ModelDefinition.parse(json);
        ModelDefinition three = new ModelDefinition(
                parsed.key(),
                parsed.name() + " 2",
                parsed.description(),
                parsed.dimensions().subList(0, 3));
        MaturityModel v2 = actingAs.as(staff, () -> maturity.importModel(three.toJson()));
        assertThat(v2.modelVersion()).isGreaterThan(v1.modelVersion());
        assertThat(actingAs.as(staff, () -> maturity.detail(old.id())).model().dimensions())
                .hasSize(7);
        assertThat(v2.definition().dimensions()).hasSize(3);
    }

    private void answerAll(Actor respondent, SurveyCycle cycle, MaturityModel model, Function<String, Integer> score) {
        Map<String, Answer> answers = new HashMap<>();
        for (ModelDefinition.Dimension dimension : model.definition().dimensions()) {
            dimension.questions().forEach(q -> answers.put(q.key(), new Answer(score.apply(dimension.key()), null)));
        }
        Map<String, Answer> partial = Map.of(
                answers.keySet().iterator().next(), answers.values().iterator().next());
        actingAs.as(respondent, () -> maturity.saveAnswers(cycle.id(), partial));
        assertThatThrownBy(() -> actingAs.as(respondent, () -> maturity.submitResponse(cycle.id())))
                .isInstanceOf(DomainValidationException.class);
        actingAs.as(respondent, () -> maturity.saveAnswers(cycle.id(), answers));
        actingAs.as(respondent, () -> maturity.submitResponse(cycle.id()));
    }
}
