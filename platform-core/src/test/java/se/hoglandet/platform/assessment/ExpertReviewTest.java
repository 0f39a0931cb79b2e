package se.hoglandet.platform.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.notification.Notification;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The shared expert pool on MariaDB: Aneby asks Eksjö's DPO to review its secret analysis. The expert reads it only
 * while the request is open, signs off in the requested role (and only that one), answers; request, sign-off and
 * answer are recorded, both sides are notified, and the access ends with the answer.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class ExpertReviewTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    ExpertReviewService reviews;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    NotificationService notifications;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void anotherOrganisationsExpertReviewsSignsOffAndAnswersWithAccessOnlyForTheTask() {
        AssessmentFixture fixture = new AssessmentFixture(assessments, templates, people, actingAs);
        Actor anebyLawyer = fixture.person("aneby", Role.LAWYER);
        Actor anebyMember = fixture.person("aneby", Role.PROJECT_LEAD);
        Actor anebyOwnDpo = fixture.person("aneby", Role.DPO);
        Actor eksjoDpo = fixture.person("eksjo", Role.DPO);
        Actor eksjoOtherDpo = fixture.person("eksjo", Role.DPO);
        Actor eksjoMember = fixture.person("eksjo");
        Assessment analysis = actingAs.as(
                anebyLawyer,
                () -> assessments.create(
                        fixture.templateId("risk-consequence"),
                        AssessmentDraft.titled("Sekretessbelagd analys av skolplattform", null, Set.of())
                                .withAnswers(AssessmentFixture.completeRiskAnswers())
                                .withSharing(true, Visibility.PRIVATE, Set.of())));
        assertThatThrownBy(() -> actingAs.as(eksjoDpo, () -> assessments.detail(analysis.id())))
                .isInstanceOf(DomainValidationException.class);

        // The pool: other organisations' holders of the role, never one's own.
        List<Long> pool = actingAs.as(anebyLawyer, () -> reviews.experts(Role.DPO)).stream()
                .map(Person::id)
                .toList();
        assertThat(pool).contains(eksjoDpo.personId(), eksjoOtherDpo.personId()).doesNotContain(anebyOwnDpo.personId());
        assertThat(actingAs.as(anebyLawyer, () -> reviews.experts(Role.IT_MANAGER)))
                .isEmpty();
        assertRefused(anebyLawyer, analysis.id(), eksjoMember.personId(), Role.DPO, "Granska", "review.error.expert");
        assertRefused(anebyLawyer, analysis.id(), anebyOwnDpo.personId(), Role.DPO, "Granska", "review.error.expert");
        assertRefused(anebyLawyer, analysis.id(), eksjoDpo.personId(), Role.DPO, " ", "review.error.message");
        assertThatThrownBy(() -> actingAs.as(
                        fixture.person("vetlanda", Role.LAWYER),
                        () -> reviews.request(analysis.id(), eksjoDpo.personId(), Role.DPO, "Granska")))
                .isInstanceOf(DomainValidationException.class);

        ReviewRequest request = actingAs.as(
                anebyLawyer,
                () -> reviews.request(
                        analysis.id(),
                        eksjoDpo.personId(),
                        Role.DPO,
                        "Vi saknar eget dataskyddsombud – kan du granska avsnittet om personuppgifter?"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> links(eksjoDpo, NotificationKind.EXPERT_REVIEW_REQUESTED)
                                .size()
                        == 1);
        assertThat(links(eksjoDpo, NotificationKind.EXPERT_REVIEW_REQUESTED))
                .containsExactly("assessments/" + analysis.id());

        // Read access for the task: the requested expert reads and comments; a colleague of theirs does not.
        AssessmentDetail asExpert = actingAs.as(eksjoDpo, () -> assessments.detail(analysis.id()));
        assertThat(asExpert.myOpenReviewRequest().id()).isEqualTo(request.id());
        assertThat(asExpert.mayEdit()).isFalse();
        actingAs.as(eksjoDpo, () -> assessments.comment(analysis.id(), "service", "Rättslig grund bör preciseras."));
        assertThatThrownBy(() -> actingAs.as(eksjoOtherDpo, () -> assessments.detail(analysis.id())))
                .isInstanceOf(DomainValidationException.class);
        assertThat(actingAs.as(eksjoDpo, () -> reviews.mine(PageRequest.of(0, 10)))
                        .getContent())
                .extracting(t -> t.assessmentTitle())
                .containsExactly("Sekretessbelagd analys av skolplattform");

        // In review, the expert signs off in the requested role only.
        Assessment submitted = actingAs.as(anebyLawyer, () -> assessments.submit(analysis.id(), analysis.version()));
        assertThat(actingAs.as(eksjoDpo, () -> assessments.detail(analysis.id()))
                        .maySignAs())
                .containsExactly(Role.DPO);
        Actor eksjoDpoAndLawyer = new Actor(
                eksjoDpo.personId(),
                eksjoDpo.displayName(),
                eksjoDpo.organisationId(),
                "eksjo",
                Set.of(Role.MEMBER, Role.DPO, Role.LAWYER));
        assertThatThrownBy(() -> actingAs.as(
                        eksjoDpoAndLawyer, () -> assessments.signOff(analysis.id(), Role.LAWYER, true, null)))
                .isInstanceOf(PermissionDeniedException.class);
        SignOff signOff = actingAs.as(eksjoDpo, () -> assessments.signOff(analysis.id(), Role.DPO, true, "Godtagbart"));
        assertThat(signOff.organisationId()).isEqualTo(eksjoDpo.organisationId());

        // The answer closes the task, and the access with it.
        ReviewRequest answered = actingAs.as(
                eksjoDpo,
                () -> reviews.answer(
                        request.id(),
                        request.version(),
                        "Godtagbart med preciserad rättslig grund; se kommentaren under avsnittet om data."));
        assertThat(answered.status()).isEqualTo(ReviewRequestStatus.ANSWERED);
        assertThatThrownBy(() -> actingAs.as(eksjoDpo, () -> reviews.answer(request.id(), answered.version(), "Igen")))
                .isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(() -> actingAs.as(eksjoDpo, () -> assessments.detail(analysis.id())))
                .isInstanceOf(DomainValidationException.class);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> links(anebyLawyer, NotificationKind.EXPERT_REVIEW_ANSWERED)
                                .size()
                        == 1);

        // Aneby's own roles complete the round; the external DPO's sign-off counts.
        for (Role role : List.of(Role.LAWYER, Role.INFOSEC, Role.IT_MANAGER)) {
            actingAs.as(fixture.person("aneby", role), () -> assessments.signOff(analysis.id(), role, true, null));
        }
        AssessmentDetail final_ = actingAs.as(anebyMember, () -> assessments.detail(analysis.id()));
        assertThat(final_.pendingSignOffs()).isEmpty();
        assertThat(final_.reviewRequests()).singleElement().satisfies(r -> {
            assertThat(r.expertName()).isEqualTo(eksjoDpo.displayName());
            assertThat(r.answer()).startsWith("Godtagbart med preciserad");
        });
        Assessment approved = actingAs.as(
                anebyLawyer,
                () -> assessments.decide(
                        analysis.id(),
                        final_.assessment().version(),
                        AssessmentStatus.APPROVED,
                        null,
                        LocalDate.now(SwedishTime.ZONE).plusYears(1)));
        assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(submitted.id()).isEqualTo(analysis.id());
    }

    @Test
    void aWithdrawnOrDeclinedRequestEndsTheAccessAndSomebodyElsesTaskIsNotFound() {
        AssessmentFixture fixture = new AssessmentFixture(assessments, templates, people, actingAs);
        Actor savsjoLawyer = fixture.person("savsjo", Role.LAWYER);
        Actor vetlandaInfosec = fixture.person("vetlanda", Role.INFOSEC);
        Actor nassjoLawyer = fixture.person("nassjo", Role.LAWYER);
        Assessment analysis = actingAs.as(
                savsjoLawyer,
                () -> assessments.create(
                        fixture.templateId("ai-act-classification"),
                        AssessmentDraft.titled("Klassning av tolktjänst", null, Set.of())
                                .withSharing(false, Visibility.PRIVATE, Set.of())));
        ReviewRequest toInfosec = actingAs.as(
                savsjoLawyer,
                () -> reviews.request(
                        analysis.id(), vetlandaInfosec.personId(), Role.INFOSEC, "Kan du titta på loggningen?"));
        ReviewRequest toLawyer = actingAs.as(
                savsjoLawyer,
                () -> reviews.request(
                        analysis.id(), nassjoLawyer.personId(), Role.LAWYER, "Kan du granska klassningen?"));

        assertThatThrownBy(() ->
                        actingAs.as(nassjoLawyer, () -> reviews.answer(toInfosec.id(), toInfosec.version(), "Hej")))
                .isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(
                        () -> actingAs.as(vetlandaInfosec, () -> reviews.withdraw(toInfosec.id(), toInfosec.version())))
                .isInstanceOf(DomainValidationException.class);
        actingAs.as(savsjoLawyer, () -> reviews.withdraw(toInfosec.id(), toInfosec.version()));
        assertThatThrownBy(() -> actingAs.as(vetlandaInfosec, () -> assessments.detail(analysis.id())))
                .isInstanceOf(DomainValidationException.class);

        actingAs.as(nassjoLawyer, () -> assessments.detail(analysis.id()));
        actingAs.as(
                nassjoLawyer,
                () -> reviews.decline(toLawyer.id(), toLawyer.version(), "Jäv: jag har deltagit i upphandlingen."));
        assertThatThrownBy(() -> actingAs.as(nassjoLawyer, () -> assessments.detail(analysis.id())))
                .isInstanceOf(DomainValidationException.class);
        assertThat(actingAs.as(savsjoLawyer, () -> assessments.detail(analysis.id()))
                        .reviewRequests())
                .extracting(ReviewRequest::status)
                .containsExactly(ReviewRequestStatus.WITHDRAWN, ReviewRequestStatus.DECLINED);
    }

    private void assertRefused(Actor actor, Long assessmentId, Long expertId, Role role, String message, String key) {
        assertThatThrownBy(() -> actingAs.as(actor, () -> reviews.request(assessmentId, expertId, role, message)))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo(key);
    }

    private List<String> links(Actor person, NotificationKind kind) {
        return actingAs
                .as(person, () -> notifications.mine(PageRequest.of(0, 100)).getContent())
                .stream()
                .filter(n -> n.kind() == kind)
                .map(Notification::link)
                .toList();
    }
}
