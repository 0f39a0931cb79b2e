package se.hoglandet.platform.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDraft;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentStatus;
import se.hoglandet.platform.assessment.AssessmentTemplate;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.assessment.TemplateDefinition;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.SignedInViewTest;

/**
 * The assessment page's dialogs and actions in the browserless UI, each saving through the service (checked in the
 * database), refusing a bad value with the Swedish sentence and saving nothing, and refusing a stale edit: sending
 * for review names the open question; sign-offs; the decision, never offered to the round's last signer; the expert
 * review asked for and answered; comments.
 */
class AssessmentPageTest extends SignedInViewTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Test
    void sendingForReviewNamesTheFirstOpenQuestion() {
        signIn("eksjo.lawyer");
        Assessment draft = create("risk-consequence", false);
        open(draft);
        test($(Button.class).id("submit-assessment")).click();

        assertThat(lastNotification())
                .isEqualTo("Frågan ”Vad ska AI-tjänsten användas till, och av vilka?” är inte besvarad – 9 frågor"
                        + " saknar svar. Besvara alla frågor som visas innan bedömningen skickas på granskning.");
        assertThat(status(draft)).isEqualTo("DRAFT");

        Assessment complete = create("ai-act-classification", true);
        open(complete);
        test($(Button.class).id("submit-assessment")).click();
        assertThat(status(complete)).isEqualTo("IN_REVIEW");
        assertThat(lastNotification()).isEqualTo("Bedömningen är skickad på granskning.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void signOffsAndADecisionThatTheLastSignerIsNotOffered() {
        signIn("eksjo.lawyer");
        Assessment a = create("dpia", true);
        assessments.submit(a.id(), a.version());

        signIn("eksjo.dpo");
        open(a);
        test($(Button.class).id("sign-off-DPO")).click();
        ((RadioButtonGroup<Boolean>) $(RadioButtonGroup.class).id("sign-off-decision")).setValue(false);
        test($(Button.class).id("save-sign-off")).click();
        assertThat(dialogError()).isEqualTo("Ange skälet till att du avvisar.");
        assertThat(signOffs(a)).isZero();
        ((RadioButtonGroup<Boolean>) $(RadioButtonGroup.class).id("sign-off-decision")).setValue(true);
        test($(Button.class).id("save-sign-off")).click();
        assertThat(signOffs(a)).isOne();

        signIn("eksjo.lawyer");
        open(a);
        test($(Button.class).id("sign-off-LAWYER")).click();
        test($(Button.class).id("save-sign-off")).click();
        assertThat(signOffs(a)).isEqualTo(2);
        // Separation of duties: the lawyer gave the last required sign-off, so another assessor decides.
        assertThat($(Button.class).withId("decide-assessment").exists()).isFalse();

        signIn("eksjo.dpo");
        open(a);
        test($(Button.class).id("decide-assessment")).click();
        RadioButtonGroup<AssessmentStatus> outcome = $(RadioButtonGroup.class).id("decide-outcome");
        outcome.setValue(AssessmentStatus.APPROVED_WITH_CONDITIONS);
        test($(Button.class).id("save-decision")).click();
        assertThat(dialogError()).isEqualTo("Ange villkoren (högst 2 000 tecken).");
        assertThat(status(a)).isEqualTo("IN_REVIEW");

        jdbc.update("update assessment set version = version + 1 where id = ?", a.id());
        outcome.setValue(AssessmentStatus.APPROVED);
        test($(Button.class).id("save-decision")).click();
        assertThat(dialogError()).isEqualTo(STALE);
        assertThat(status(a)).isEqualTo("IN_REVIEW");
        test($(Button.class).id("dialog-cancel")).click();

        open(a);
        test($(Button.class).id("decide-assessment")).click();
        ((RadioButtonGroup<AssessmentStatus>) $(RadioButtonGroup.class).id("decide-outcome"))
                .setValue(AssessmentStatus.APPROVED);
        test($(Button.class).id("save-decision")).click();
        assertThat(status(a)).isEqualTo("APPROVED");
        assertThat(lastNotification()).isEqualTo("Beslutet är sparat.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExpertIsAskedAndAnswers() {
        signIn("eksjo.lawyer"); // the pool lists people as of their latest login
        signIn("vetlanda.project-lead");
        Assessment a = create("ai-act-classification", false);
        open(a);
        test($(Button.class).id("request-review")).click();
        test($(Button.class).id("send-review-request")).click();
        assertThat($(Dialog.class).first().isOpened())
                .as("role and expert are required")
                .isTrue();
        ((RadioButtonGroup<Role>) $(RadioButtonGroup.class).id("review-role")).setValue(Role.LAWYER);
        ComboBox<Person> expert = $(ComboBox.class).id("review-expert");
        expert.setValue(expert.getListDataView()
                .getItems()
                .filter(p -> p.organisation().code().equals("eksjo"))
                .findFirst()
                .orElseThrow());
        test($(Button.class).id("send-review-request")).click();
        assertThat(dialogError()).isEqualTo("Skriv vad experten ska titta på.");
        assertThat(requests(a, "OPEN")).isZero();
        test($(TextArea.class).id("review-message")).setValue("Stämmer klassningen?");
        test($(Button.class).id("send-review-request")).click();
        assertThat(requests(a, "OPEN")).isOne();

        signIn("eksjo.lawyer");
        open(a);
        test($(Button.class).id("answer-review")).click();
        test($(Button.class).id("send-review-answer")).click();
        assertThat(dialogError()).isEqualTo("Skriv ditt yttrande eller varför du avböjer.");
        jdbc.update("update assessment_review_request set version = version + 1 where assessment_id = ?", a.id());
        test($(TextArea.class).id("review-answer")).setValue("Begränsad risk stämmer.");
        test($(Button.class).id("send-review-answer")).click();
        assertThat(dialogError()).isEqualTo(STALE);
        assertThat(requests(a, "OPEN")).isOne();
        test($(Button.class).id("dialog-cancel")).click();

        open(a);
        test($(Button.class).id("answer-review")).click();
        test($(TextArea.class).id("review-answer")).setValue("Begränsad risk stämmer.");
        test($(Button.class).id("send-review-answer")).click();
        assertThat(requests(a, "ANSWERED")).isOne();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AssessmentsView.class);
    }

    @Test
    void aCommentIsSentOrRefusedWithAReason() {
        signIn("eksjo.lawyer");
        Assessment a = create("ai-act-classification", false);
        open(a);
        test($(Button.class).id("send-comment-risk")).click();
        assertThat($(FormError.class).all().stream()
                        .filter(FormError::isVisible)
                        .map(FormError::getText)
                        .toList())
                .containsExactly("En kommentar är 1–2 000 tecken.");
        test($(TextArea.class).id("comment-risk")).setValue("Riskgruppen behöver en motivering.");
        test($(Button.class).id("send-comment-risk")).click();
        assertThat(jdbc.queryForList(
                        "select body from assessment_comment where assessment_id = ? and section_key = 'risk'",
                        String.class,
                        a.id()))
                .containsExactly("Riskgruppen behöver en motivering.");
        assertThat($(com.vaadin.flow.component.html.Main.class)
                        .first()
                        .getElement()
                        .getTextRecursively())
                .contains("Riskgruppen behöver en motivering.");
    }

    /** A draft of the current actor's organisation, every question shown answered when {@code complete}. */
    private Assessment create(String templateKey, boolean complete) {
        AssessmentTemplate template = templates.catalogue().stream()
                .filter(t -> t.templateKey().equals(templateKey))
                .findFirst()
                .orElseThrow();
        AssessmentDraft draft = AssessmentDraft.titled("Prövning " + System.nanoTime(), "Copilot", Set.of());
        return assessments.create(template.id(), complete ? draft.withAnswers(answers(template.definition())) : draft);
    }

    private static Map<String, String> answers(TemplateDefinition template) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (TemplateDefinition.Question question : template.questions()) {
            if (template.visibleQuestions(answers).contains(question)) {
                answers.put(
                        question.key(),
                        switch (question.kind()) {
                            case TEXT -> "Besvarad";
                            case YES_NO -> "NO";
                            case CHOICE -> question.options().getFirst();
                        });
            }
        }
        return answers;
    }

    private void open(Assessment a) {
        navigate("assessments/" + a.id(), AssessmentView.class);
    }

    private String dialogError() {
        return $(FormError.class).from($(Dialog.class).first()).first().getText();
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    private String status(Assessment a) {
        return jdbc.queryForObject("select status from assessment where id = ?", String.class, a.id());
    }

    private long signOffs(Assessment a) {
        return jdbc.queryForObject(
                "select count(*) from assessment_sign_off where assessment_id = ?", Long.class, a.id());
    }

    private long requests(Assessment a, String status) {
        return jdbc.queryForObject(
                "select count(*) from assessment_review_request where assessment_id = ? and status = ?",
                Long.class,
                a.id(),
                status);
    }
}
