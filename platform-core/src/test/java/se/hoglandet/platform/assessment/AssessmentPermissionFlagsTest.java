package se.hoglandet.platform.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.organisation.OrganisationSettings;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The assessment pages' "may I…" flags against the service's own answer on MariaDB: each flag read as one actor
 * equals whether that actor's call then goes through, over every role. Also separation of duties (the last signer
 * does not decide unless the organisation allows it) and the two queries that replaced filtering a loaded page.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class AssessmentPermissionFlagsTest {

    /** Who writes assessments, as the permission table has it (independent of the code). */
    private static final Set<Role> ASSESSORS =
            EnumSet.of(Role.LAWYER, Role.DPO, Role.INFOSEC, Role.IT_MANAGER, Role.PROJECT_LEAD);

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    ExpertReviewService reviews;

    @Autowired
    OrganisationService organisations;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    AssessmentFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new AssessmentFixture(assessments, templates, people, actingAs);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void mayCreateAndMayPublishAreWhatTheServicesAllow(Role role) {
        Actor actor = fixture.person("eksjo", role);
        boolean mayCreate = actingAs.as(actor, assessments::mayCreate);
        boolean mayPublish = actingAs.as(actor, templates::mayPublish);
        Long template = fixture.templateId("risk-consequence");

        assertThat(succeeds(actor, () -> assessments.create(template, AssessmentDraft.titled("Ny", null, Set.of()))))
                .isEqualTo(mayCreate);
        assertThat(succeeds(actor, templates::proposals)).isEqualTo(mayPublish);
        assertThat(mayCreate).isEqualTo(ASSESSORS.contains(role));
        assertThat(mayPublish).isEqualTo(role == Role.PLATFORM_ADMIN);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void mayDecideIsWhatDecideAllows(Role role) {
        Assessment inReview = fullySignedOff("eksjo", fixture.person("eksjo", Role.LAWYER));
        Actor actor = fixture.person("eksjo", role);
        AssessmentDetail detail = actingAs.as(actor, () -> assessments.detail(inReview.id()));

        assertThat(succeeds(
                        actor, () -> decide(inReview.id(), detail.assessment().version())))
                .isEqualTo(detail.mayDecide());
        assertThat(detail.mayDecide()).isEqualTo(ASSESSORS.contains(role));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void mayStartNewVersionIsWhatNewVersionAllows(Role role) {
        Assessment approved = fixture.approvedRiskAnalysis("eksjo", unique("Analys"), Set.of());
        Actor actor = fixture.person("eksjo", role);
        boolean flag =
                actingAs.as(actor, () -> assessments.detail(approved.id())).mayStartNewVersion();

        assertThat(succeeds(actor, () -> assessments.newVersion(approved.id()))).isEqualTo(flag);
        assertThat(flag).isEqualTo(ASSESSORS.contains(role));
        if (flag) {
            // Only the newest version starts another: the flag goes with it.
            assertThat(actingAs.as(actor, () -> assessments.detail(approved.id()))
                            .mayStartNewVersion())
                    .isFalse();
        }
    }

    @Test
    void mayAdoptIsWhatAdoptAllowsForEveryRoleOfAnotherOrganisationAndNeverForTheOwner() {
        Assessment approved = fixture.approvedRiskAnalysis("eksjo", unique("Analys"), Set.of());
        for (Role role : Role.values()) {
            Actor actor = fixture.person("vetlanda", role);
            boolean flag =
                    actingAs.as(actor, () -> assessments.detail(approved.id())).mayAdopt();
            assertThat(succeeds(actor, () -> assessments.adopt(approved.id())))
                    .as(role.name())
                    .isEqualTo(flag);
            assertThat(flag).as(role.name()).isEqualTo(ASSESSORS.contains(role));
        }
        Actor ownLawyer = fixture.person("eksjo", Role.LAWYER);
        assertThat(actingAs.as(ownLawyer, () -> assessments.detail(approved.id()))
                        .mayAdopt())
                .isFalse();
        assertThatThrownBy(() -> actingAs.as(ownLawyer, () -> assessments.adopt(approved.id())))
                .isInstanceOf(DomainValidationException.class);
    }

    @Test
    void whoGaveTheLastRequiredSignOffDoesNotAlsoDecideByDefault() {
        Actor author = fixture.person("nassjo", Role.LAWYER);
        Actor lastSigner = fixture.person("nassjo", Role.LAWYER, Role.DPO);
        Assessment inReview = fullySignedOff("nassjo", author, lastSigner);
        AssessmentDetail asLastSigner = actingAs.as(lastSigner, () -> assessments.detail(inReview.id()));

        assertThat(asLastSigner.mayDecide()).isFalse();
        assertThatThrownBy(() -> actingAs.as(
                        lastSigner,
                        () -> decide(inReview.id(), asLastSigner.assessment().version())))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("assessment.error.lastSignerDecides");

        // Another assessor of the owner decides.
        AssessmentDetail asAuthor = actingAs.as(author, () -> assessments.detail(inReview.id()));
        assertThat(asAuthor.mayDecide()).isTrue();
        assertThat(actingAs.as(
                                author,
                                () -> decide(
                                        inReview.id(), asAuthor.assessment().version()))
                        .status())
                .isEqualTo(AssessmentStatus.APPROVED);
    }

    @Test
    void anOrganisationThatAllowsItLetsTheLastSignerDecide() {
        Actor admin = fixture.person("aneby", Role.ORG_ADMIN);
        OrganisationSettings before = actingAs.as(admin, organisations::mySettings);
        assertThat(before.lastSignerMayDecide()).isFalse();
        actingAs.as(
                admin, () -> organisations.allowLastSignerToDecide(before.organisationId(), before.version(), true));
        try {
            Actor lastSigner = fixture.person("aneby", Role.LAWYER, Role.DPO);
            Assessment inReview = fullySignedOff("aneby", fixture.person("aneby", Role.LAWYER), lastSigner);
            AssessmentDetail detail = actingAs.as(lastSigner, () -> assessments.detail(inReview.id()));

            assertThat(detail.mayDecide()).isTrue();
            assertThat(actingAs.as(
                                    lastSigner,
                                    () -> decide(
                                            inReview.id(), detail.assessment().version()))
                            .status())
                    .isEqualTo(AssessmentStatus.APPROVED);
        } finally {
            OrganisationSettings now = actingAs.as(admin, organisations::mySettings);
            actingAs.as(admin, () -> organisations.allowLastSignerToDecide(now.organisationId(), now.version(), false));
        }
    }

    @Test
    void approvedOfMyOrganisationReturnsExactlyTheOwnApprovedOnesPageByPage() {
        String marker = unique("Godkänd");
        Assessment first = fixture.approvedRiskAnalysis("savsjo", marker + " A", Set.of());
        Assessment second = fixture.approvedRiskAnalysis("savsjo", marker + " B", Set.of());
        fixture.approvedRiskAnalysis("vetlanda", marker + " C", Set.of());
        Actor savsjoLawyer = fixture.person("savsjo", Role.LAWYER);
        actingAs.as(
                savsjoLawyer,
                () -> assessments.create(
                        fixture.templateId("risk-consequence"),
                        AssessmentDraft.titled(marker + " utkast", null, Set.of())));

        Page<Assessment> page =
                actingAs.as(savsjoLawyer, () -> assessments.approvedOfMyOrganisation(marker, PageRequest.of(0, 1)));
        Page<Assessment> next =
                actingAs.as(savsjoLawyer, () -> assessments.approvedOfMyOrganisation(marker, PageRequest.of(1, 1)));

        assertThat(page.getTotalElements()).isEqualTo(2);
        assertThat(List.of(
                        page.getContent().getFirst().id(),
                        next.getContent().getFirst().id()))
                .containsExactly(first.id(), second.id());
    }

    @Test
    void myOpenTasksReturnsTheOpenReviewRequestsOnlyAndTheDetailNamesMine() {
        Actor anebyLawyer = fixture.person("aneby", Role.LAWYER);
        Actor expert = fixture.person("eksjo", Role.DPO);
        Long template = fixture.templateId("risk-consequence");
        Assessment answered = actingAs.as(
                anebyLawyer,
                () -> assessments.create(template, AssessmentDraft.titled(unique("Besvarad"), null, Set.of())));
        Assessment open = actingAs.as(
                anebyLawyer,
                () -> assessments.create(template, AssessmentDraft.titled(unique("Öppen"), null, Set.of())));
        ReviewRequest toAnswer = actingAs.as(
                anebyLawyer, () -> reviews.request(answered.id(), expert.personId(), Role.DPO, "Granska gärna"));
        ReviewRequest waiting = actingAs.as(
                anebyLawyer, () -> reviews.request(open.id(), expert.personId(), Role.DPO, "Granska gärna"));
        actingAs.as(expert, () -> reviews.answer(toAnswer.id(), toAnswer.version(), "Ser bra ut"));

        Page<ExpertReviewService.Task> tasks = actingAs.as(expert, () -> reviews.myOpenTasks(PageRequest.of(0, 20)));

        assertThat(tasks.getTotalElements()).isEqualTo(1);
        assertThat(tasks.getContent().getFirst().request().id()).isEqualTo(waiting.id());
        assertThat(actingAs.as(expert, () -> assessments.detail(open.id()))
                        .myOpenReviewRequest()
                        .id())
                .isEqualTo(waiting.id());
        assertThat(actingAs.as(expert, () -> assessments.detail(answered.id())).myOpenReviewRequest())
                .isNull();
    }

    /**
     * An assessment of {@code organisation} in review with every required sign-off: new people sign, and
     * {@code lastSigner} (when given) signs LAWYER last.
     */
    private Assessment fullySignedOff(String organisation, Actor author, Actor... lastSigner) {
        Assessment draft = actingAs.as(
                author,
                () -> assessments.create(
                        fixture.templateId("risk-consequence"),
                        AssessmentDraft.titled(unique("Analys"), null, Set.of())
                                .withAnswers(AssessmentFixture.completeRiskAnswers())));
        actingAs.as(author, () -> assessments.submit(draft.id(), draft.version()));
        for (Role role : List.of(Role.DPO, Role.INFOSEC, Role.IT_MANAGER)) {
            actingAs.as(fixture.person(organisation, role), () -> assessments.signOff(draft.id(), role, true, null));
        }
        Actor signer = lastSigner.length > 0 ? lastSigner[0] : fixture.person(organisation, Role.LAWYER);
        actingAs.as(signer, () -> assessments.signOff(draft.id(), Role.LAWYER, true, null));
        return draft;
    }

    private Assessment decide(Long id, long version) {
        return assessments.decide(
                id,
                version,
                AssessmentStatus.APPROVED,
                null,
                LocalDate.now(SwedishTime.ZONE).plusYears(1));
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
