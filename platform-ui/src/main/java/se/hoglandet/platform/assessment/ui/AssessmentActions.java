package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.RouteParameters;
import java.nio.charset.StandardCharsets;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDetail;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.ExpertReviewService;
import se.hoglandet.platform.assessment.ReviewRequest;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.ui.ActionButton;
import se.hoglandet.platform.ui.DownloadLink;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.HistoryDialog;
import se.hoglandet.platform.ui.RecordLinks;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * What the reader may do with one assessment, each offered only when the service's detail says so: edit and send
 * for review, answer an expert review, sign off in a role, decide (never the round's last signer, unless their
 * organisation allows it), start a new version, adopt; the PDF, the action plan and the history for everyone.
 */
class AssessmentActions extends FlexLayout {

    private final AssessmentDetail detail;
    private final AssessmentService assessments;
    private final Runnable changed;

    AssessmentActions(
            AssessmentDetail detail,
            AssessmentService assessments,
            ExpertReviewService reviews,
            AuditService audit,
            Runnable changed) {
        this.detail = detail;
        this.assessments = assessments;
        this.changed = changed;
        addClassName("toolbar");
        Assessment a = detail.assessment();
        if (detail.mayEdit()) {
            addOwnerActions(a);
        }
        if (detail.myOpenReviewRequest() != null) {
            add(answerButton(reviews, detail.myOpenReviewRequest()));
        }
        for (Role role : detail.maySignAs()) {
            add(signOffButton(a, role));
        }
        if (detail.mayDecide()) {
            add(decideButton(a));
        }
        if (detail.mayStartNewVersion()) {
            add(new ActionButton(
                    getTranslation("assessment.action.newVersion"),
                    "new-version",
                    () -> assessments.newVersion(a.id()),
                    "assessment.newVersion.done",
                    next -> RecordLinks.open(AssessmentView.class, next.id())));
        }
        if (detail.mayAdopt()) {
            add(new ActionButton(
                            getTranslation("assessment.action.adopt"),
                            "adopt-assessment",
                            () -> assessments.adopt(a.id()),
                            "assessment.adopt.done",
                            adopted -> RecordLinks.open(AssessmentView.class, adopted.id()))
                    .primary());
        }
        addExports(a);
        Button history = new Button(
                getTranslation("organisations.history"),
                click -> new HistoryDialog(audit, "assessment", a.id(), a.title()).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(history);
    }

    private void addOwnerActions(Assessment a) {
        Button edit = new Button(
                getTranslation("assessment.action.edit"),
                click -> getUI().ifPresent(ui ->
                        ui.navigate(AssessmentEditView.class, new RouteParameters("id", String.valueOf(a.id())))));
        edit.setId("edit-assessment");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(edit);
        add(new ActionButton(
                getTranslation("assessment.action.submit"),
                "submit-assessment",
                () -> assessments.submit(a.id(), a.version()),
                "assessment.submit.done",
                submitted -> changed.run()));
    }

    private Button signOffButton(Assessment a, Role role) {
        String title = getTranslation("assessment.action.signOff", EnumLabel.of(this, "role", role));
        Button button = new Button(
                title,
                click -> new RecordDialog<>(
                                title,
                                new SignOffForm(),
                                choice -> assessments.signOff(a.id(), role, choice.approve(), choice.reason()),
                                "assessment.signOff.done",
                                signed -> changed.run())
                        .withSaveText(getTranslation("assessment.signOff.save"))
                        .withSaveId("save-sign-off")
                        .open());
        button.setId("sign-off-" + role.name());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Button decideButton(Assessment a) {
        Button button = new Button(
                getTranslation("assessment.action.decide"),
                click -> new RecordDialog<>(
                                getTranslation("assessment.action.decide"),
                                new DecisionForm(detail.pendingSignOffs().size()),
                                decision -> assessments.decide(
                                        a.id(),
                                        a.version(),
                                        decision.outcome(),
                                        decision.conditions(),
                                        decision.reviewDate()),
                                "assessment.decide.done",
                                decided -> changed.run())
                        .withSaveId("save-decision")
                        .open());
        button.setId("decide-assessment");
        return button;
    }

    /** The expert answers or declines; the read access ends with it, so the page leaves for the list. */
    private Button answerButton(ExpertReviewService reviews, ReviewRequest request) {
        Button button = new Button(
                getTranslation("assessment.action.answerReview"),
                click -> new RecordDialog<>(
                                getTranslation("assessment.action.answerReview"),
                                new ReviewAnswerForm(),
                                answer -> answer.answered()
                                        ? reviews.answer(request.id(), request.version(), answer.statement())
                                        : reviews.decline(request.id(), request.version(), answer.statement()),
                                "assessment.expertReview.thanks",
                                answered -> getUI().ifPresent(ui -> ui.navigate(AssessmentsView.class)))
                        .withSaveText(getTranslation("assessment.expertReview.sendAnswer"))
                        .withSaveId("send-review-answer")
                        .open());
        button.setId("answer-review");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void addExports(Assessment a) {
        add(download(
                "assessment-pdf",
                "assessment.action.pdf",
                "bedomning-" + a.id() + "-v" + a.versionNumber() + ".pdf",
                "application/pdf",
                () -> assessments.exportPdf(a.id())));
        if (detail.template().riskRegister()) {
            add(download(
                    "assessment-action-plan",
                    "assessment.action.actionPlan",
                    "atgardsplan-" + a.id() + ".csv",
                    "text/csv;charset=UTF-8",
                    () -> assessments.exportActionPlan(a.id()).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private Anchor download(String id, String key, String fileName, String type, SerializableSupplier<byte[]> content) {
        Anchor link = DownloadLink.of(getTranslation(key), fileName, type, content);
        link.setId(id);
        return link;
    }
}
