package se.hoglandet.platform.guideline;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import se.hoglandet.platform.shared.LikePatterns;

/** Narrows the guideline list: words of the title, one organisation, one status. Empty parts narrow nothing. */
public record GuidelineFilter(String text, Long organisationId, GuidelineStatus status) {

    public static GuidelineFilter all() {
        return new GuidelineFilter(null, null, null);
    }

    Specification<Guideline> matching() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                all.add(cb.like(cb.lower(root.get("title")), LikePatterns.containing(text), LikePatterns.ESCAPE));
            }
            if (organisationId != null) {
                all.add(cb.equal(root.get("ownerOrganisation").get("id"), organisationId));
            }
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** Versions as they stand now: each series' newest, and its published one; never a superseded one. */
    static Specification<Guideline> current() {
        return (root, query, cb) -> {
            Subquery<Integer> newest = query.subquery(Integer.class);
            Root<Guideline> other = newest.from(Guideline.class);
            newest.select(cb.max(other.get("versionNumber")))
                    .where(cb.equal(other.get("seriesId"), root.get("seriesId")));
            return cb.and(
                    cb.notEqual(root.get("status"), GuidelineStatus.SUPERSEDED),
                    cb.or(
                            cb.equal(root.get("status"), GuidelineStatus.PUBLISHED),
                            cb.equal(root.get("versionNumber"), newest)));
        };
    }
}
