package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import se.hoglandet.platform.assessment.ExpertReviewService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.RecordLinks;

/**
 * The expert's open review tasks from the shared pool, newest first: for an expert of another organisation, the only
 * way into the assessment. The first few are listed (paged in the query); more are counted.
 */
class ReviewTasks extends Section {

    /** Tasks listed; an expert rarely has more open at once. */
    static final int SHOWN = 20;

    private final Page<ExpertReviewService.Task> open;

    ReviewTasks(ExpertReviewService reviews) {
        open = reviews.myOpenTasks(Pageable.ofSize(SHOWN));
        setId("review-tasks");
        UnorderedList tasks = new UnorderedList();
        open.forEach(task -> tasks.add(new ListItem(
                RecordLinks.link(
                        task.assessmentTitle(),
                        AssessmentView.class,
                        task.request().assessmentId()),
                new Span(" – "
                        + getTranslation(
                                "assessments.reviewTask",
                                EnumLabel.of(this, "role", task.request().expertRole()),
                                task.request().requestedByName())))));
        add(new H3(getTranslation("assessments.reviewTasks")), tasks);
        if (open.getTotalElements() > SHOWN) {
            add(new Paragraph(getTranslation("assessments.reviewTasks.more", SHOWN, open.getTotalElements())));
        }
    }

    boolean hasTasks() {
        return open.hasContent();
    }
}
