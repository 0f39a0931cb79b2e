package se.hoglandet.platform.guideline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GuidelineRepository extends JpaRepository<Guideline, Long>, JpaSpecificationExecutor<Guideline> {

    @Override
    @EntityGraph(attributePaths = "ownerOrganisation")
    Page<Guideline> findAll(Specification<Guideline> specification, Pageable pageable);

    @Query("select g from Guideline g join fetch g.ownerOrganisation where g.id = :id")
    Optional<Guideline> findWithOwnerById(@Param("id") Long id);

    @EntityGraph(attributePaths = "ownerOrganisation")
    List<Guideline> findByIdIn(Collection<Long> ids);

    List<Guideline> findBySeriesIdOrderByVersionNumber(String seriesId);

    /** The organisation's series (one guideline per organisation), newest version first. */
    @Query("select g from Guideline g where g.ownerOrganisation.id = :organisation order by g.versionNumber desc")
    List<Guideline> newestFirstOf(@Param("organisation") Long organisationId, Limit limit);

    /** The federation's template as published now. */
    @Query("select g from Guideline g where g.template = true and g.status = "
            + "se.hoglandet.platform.guideline.GuidelineStatus.PUBLISHED order by g.publishedAt desc, g.id desc")
    List<Guideline> publishedTemplates(Limit limit);

    /** Every organisation's version published now (one per series), with owners. */
    @EntityGraph(attributePaths = "ownerOrganisation")
    @Query("select g from Guideline g where g.status = se.hoglandet.platform.guideline.GuidelineStatus.PUBLISHED")
    List<Guideline> currentlyPublished();

    /** Organisations' versions whose clauses were adopted from, or brought up to date with, the given template. */
    @Query("""
            select g from Guideline g where g.sourceTemplateId in :templateIds
              and g.versionNumber = (select max(n.versionNumber) from Guideline n where n.seriesId = g.seriesId)""")
    List<Guideline> newestAdoptingAnyOf(@Param("templateIds") Collection<Long> templateIds);

    /**
     * Decided versions that are the newest decision of their series and whose review date comes within the warning
     * time, not yet reminded.
     */
    @EntityGraph(attributePaths = "ownerOrganisation")
    @Query("""
            select g from Guideline g where g.status in (se.hoglandet.platform.guideline.GuidelineStatus.DECIDED,
                                                        se.hoglandet.platform.guideline.GuidelineStatus.PUBLISHED)
              and g.reviewDate <= :until and g.reviewRemindedOn is null
              and not exists (select n from Guideline n where n.seriesId = g.seriesId
                               and n.versionNumber > g.versionNumber and n.decidedOn is not null)
            order by g.reviewDate, g.id""")
    List<Guideline> reviewsDueUnreminded(@Param("until") LocalDate until);

    /** The same, for one organisation, reminded or not (the work list). */
    @Query("""
            select g from Guideline g where g.ownerOrganisation.id = :organisation
              and g.status in (se.hoglandet.platform.guideline.GuidelineStatus.DECIDED,
                               se.hoglandet.platform.guideline.GuidelineStatus.PUBLISHED)
              and g.reviewDate <= :until
              and not exists (select n from Guideline n where n.seriesId = g.seriesId
                               and n.versionNumber > g.versionNumber and n.decidedOn is not null)
            order by g.reviewDate, g.id""")
    List<Guideline> reviewsDueIn(@Param("organisation") Long organisationId, @Param("until") LocalDate until);

    /** The organisation's newest decided version (decided, published or superseded since). */
    @Query("select g from Guideline g where g.ownerOrganisation.id = :organisation and g.decidedOn is not null "
            + "order by g.versionNumber desc")
    List<Guideline> newestDecisionOf(@Param("organisation") Long organisationId, Limit limit);

    @Query("select g.id from Guideline g where g.id > :after order by g.id")
    List<Long> idsAfter(@Param("after") long after, Limit limit);
}
