package se.hoglandet.platform.guideline;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.guard.AnonymousAccess;
import se.hoglandet.platform.visibility.Visibility;

/**
 * Published guidelines as public documents, for anyone (the public pages and the open-data API): the versions
 * published now, one version with its sections and clauses — published, or superseded and kept as history — and an
 * organisation's guideline as published now. Drafts, versions in review and decided but unpublished versions are
 * never returned, whatever their visibility.
 */
@Service
@Transactional(readOnly = true)
public class PublicGuidelineService {

    private static final EnumSet<GuidelineStatus> PUBLIC_STATUSES =
            EnumSet.of(GuidelineStatus.PUBLISHED, GuidelineStatus.SUPERSEDED);
    private static final Sort TEMPLATE_THEN_ORGANISATION =
            Sort.by(Sort.Order.desc("template"), Sort.Order.asc("ownerOrganisation.name"));

    private final GuidelineRepository guidelines;
    private final GuidelineTopicRepository topics;
    private final EntityManager entityManager;

    PublicGuidelineService(
            GuidelineRepository guidelines, GuidelineTopicRepository topics, EntityManager entityManager) {
        this.guidelines = guidelines;
        this.topics = topics;
        this.entityManager = entityManager;
    }

    /** The versions published now (one per organisation), the federation's template first, then by organisation. */
    @AnonymousAccess
    public Page<Guideline> published(Pageable pageable) {
        Specification<Guideline> publishedNow = (root, query, cb) -> cb.and(
                cb.equal(root.get("status"), GuidelineStatus.PUBLISHED),
                cb.equal(root.get("visibility"), Visibility.PUBLIC));
        return guidelines.findAll(
                publishedNow,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), TEMPLATE_THEN_ORGANISATION));
    }

    /** One published (or since superseded) version with its sections and clauses; empty for anything else. */
    @AnonymousAccess
    public Optional<Guideline> version(Long id) {
        return Optional.ofNullable(id)
                .flatMap(guidelines::findWithOwnerById)
                .filter(g -> PUBLIC_STATUSES.contains(g.status()) && g.visibility() == Visibility.PUBLIC)
                .map(Guidelines::loaded);
    }

    /** The organisation's guideline as published now, if it has published one (by the organisation's code). */
    @AnonymousAccess
    public Optional<Guideline> publishedOf(String organisationCode) {
        if (organisationCode == null) {
            return Optional.empty();
        }
        return entityManager
                .createQuery("""
                        select g from Guideline g join fetch g.ownerOrganisation o
                        where o.code = :code and g.status = se.hoglandet.platform.guideline.GuidelineStatus.PUBLISHED
                          and g.visibility = se.hoglandet.platform.visibility.Visibility.PUBLIC
                        order by g.versionNumber desc""", Guideline.class)
                .setParameter("code", organisationCode)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The shared topic list, for the topics' names. */
    @AnonymousAccess
    public List<GuidelineTopic> topics() {
        return topics.findByActiveTrueOrderByPosition();
    }
}
