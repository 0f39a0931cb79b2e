package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import se.hoglandet.platform.assessment.AssessmentDetail;
import se.hoglandet.platform.assessment.ExpertReviewService;
import se.hoglandet.platform.assessment.ReviewRequest;
import se.hoglandet.platform.ui.ActionButton;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * The expert review requests: who was asked, in which role, by whom, and the answer; the owner's assessors ask
 * (the pool of other organisations' experts) and withdraw open requests.
 */
class ExpertReviewsPanel extends Div {

    private final ExpertReviewService reviews;
    private final Runnable changed;

    ExpertReviewsPanel(AssessmentDetail detail, ExpertReviewService reviews, Runnable changed) {
        this.reviews = reviews;
        this.changed = changed;
        setId("expert-reviews");
        add(new Paragraph(getTranslation("assessment.expertReview.intro")));
        UnorderedList list = new UnorderedList();
        detail.reviewRequests().forEach(request -> list.add(item(request, detail.mayRequestReview())));
        add(list);
        if (detail.mayRequestReview()) {
            add(requestButton(detail.assessment().id()));
        }
    }

    private ListItem item(ReviewRequest request, boolean mayWithdraw) {
        ListItem item = new ListItem();
        item.add(new Span(getTranslation(
                "assessment.expertReview.asked",
                request.expertName(),
                request.expertOrganisationName(),
                EnumLabel.of(this, "role", request.expertRole()),
                request.requestedByName(),
                Formats.date(request.requestedAt().atZone(Formats.ZONE).toLocalDate()))));
        item.add(
                new Span(" "),
                Badge.of(
                        EnumLabel.of(this, "assessment.expertReview.status", request.status()),
                        request.isOpen() ? "badge contrast" : "badge"));
        item.add(new Paragraph(getTranslation("assessment.expertReview.message") + " " + request.message()));
        if (request.answer() != null) {
            item.add(new Paragraph(getTranslation(
                            "assessment.expertReview.answer",
                            Formats.date(
                                    request.answeredAt().atZone(Formats.ZONE).toLocalDate()))
                    + " " + request.answer()));
        }
        if (request.isOpen() && mayWithdraw) {
            ActionButton withdraw = new ActionButton(
                            getTranslation("assessment.expertReview.withdraw"),
                            "withdraw-review-" + request.id(),
                            () -> reviews.withdraw(request.id(), request.version()),
                            "assessment.expertReview.withdrawn",
                            withdrawn -> changed.run())
                    .tertiary();
            withdraw.setAriaLabel(getTranslation("assessment.expertReview.withdrawNamed", request.expertName()));
            item.add(withdraw);
        }
        return item;
    }

    private Button requestButton(Long assessmentId) {
        Button button = new Button(
                getTranslation("assessment.expertReview.request"),
                click -> new RecordDialog<>(
                                getTranslation("assessment.expertReview.request"),
                                new ReviewRequestForm(
                                        ExpertReviewService.EXPERT_ROLES.stream()
                                                .sorted()
                                                .toList(),
                                        reviews::experts),
                                request -> reviews.request(
                                        assessmentId, request.expert().id(), request.role(), request.message()),
                                "assessment.expertReview.requested",
                                requested -> changed.run())
                        .withSaveText(getTranslation("assessment.expertReview.send"))
                        .withSaveId("send-review-request")
                        .open());
        button.setId("request-review");
        return button;
    }
}
