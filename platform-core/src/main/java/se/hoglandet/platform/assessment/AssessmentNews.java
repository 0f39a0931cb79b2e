package se.hoglandet.platform.assessment;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.VisibilityRules;
import se.hoglandet.platform.worklist.NewItems;
import se.hoglandet.platform.worklist.NewItemsProvider;
import se.hoglandet.platform.worklist.NewRecords;

/** Assessments approved since the person's last visit that they may read: ready to reuse or adopt. */
@Component
class AssessmentNews implements NewItemsProvider {

    private final AssessmentRepository assessments;

    AssessmentNews(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NewItems> newFor(Actor actor, Instant since) {
        Specification<Assessment> approved = (root, query, cb) ->
                root.get("status").in(AssessmentStatus.APPROVED, AssessmentStatus.APPROVED_WITH_CONDITIONS);
        return List.of(NewRecords.of(
                "APPROVED_ASSESSMENTS",
                assessments,
                VisibilityRules.<Assessment>readableBy(actor).and(approved),
                "decidedAt",
                since,
                a -> NewItems.item(
                        a.title(), a.decidedAt().atZone(SwedishTime.ZONE).toLocalDate(), "assessments/" + a.id())));
    }
}
