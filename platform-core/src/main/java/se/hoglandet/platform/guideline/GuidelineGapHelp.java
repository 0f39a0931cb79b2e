package se.hoglandet.platform.guideline;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.maturity.GapHelp;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * Guidelines that address a weak dimension: decided ones the reader may read (the federation's template and other
 * organisations' own) with a clause on one of the guideline topics the maturity model gives the dimension
 * ("training" for competence). Current versions only; the template first, then by owner. One query.
 */
@Component
@Order(20)
class GuidelineGapHelp implements GapHelp {

    private final Guidelines guidelines;

    GuidelineGapHelp(Guidelines guidelines) {
        this.guidelines = guidelines;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Link> helpFor(ModelDefinition.Dimension dimension, int limit) {
        List<String> topics = dimension.guidelineTopics();
        if (topics.isEmpty()) {
            return List.of();
        }
        Specification<Guideline> decided =
                (root, query, cb) -> root.get("status").in(GuidelineStatus.DECIDED, GuidelineStatus.PUBLISHED);
        Specification<Guideline> addressing = (root, query, cb) -> {
            Subquery<Long> clause = query.subquery(Long.class);
            Root<GuidelineClause> clauses = clause.from(GuidelineClause.class);
            clause.select(clauses.get("id"))
                    .where(
                            cb.equal(clauses.get("section").get("guideline"), root),
                            clauses.join("topics").in(topics));
            return cb.exists(clause);
        };
        return guidelines
                .repository()
                .findBy(
                        VisibilityRules.<Guideline>readableBy(guidelines.actor())
                                .and(GuidelineFilter.current())
                                .and(decided)
                                .and(addressing),
                        query -> query.sortBy(GuidelineService.TEMPLATE_THEN_ORGANISATION)
                                .limit(limit)
                                .all())
                .stream()
                .map(guideline -> new Link(
                        "guideline",
                        guideline.title() + " (" + guideline.ownerOrganisation().name() + ")",
                        "guidelines/" + guideline.id()))
                .toList();
    }
}
