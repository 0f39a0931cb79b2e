package se.hoglandet.platform.initiative;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InitiativeRepository extends JpaRepository<Initiative, Long>, JpaSpecificationExecutor<Initiative> {

    @Query("select i from Initiative i join fetch i.ownerOrganisation where i.id = :id")
    Optional<Initiative> findWithOwnerById(@Param("id") Long id);

    @EntityGraph(attributePaths = "ownerOrganisation")
    List<Initiative> findByIdIn(Collection<Long> ids);

    /** PUBLIC initiatives per owner organisation: id, code, name, count; by name. */
    @Query("select o.id, o.code, o.name, count(i) from Initiative i join i.ownerOrganisation o"
            + " where i.visibility = se.hoglandet.platform.visibility.Visibility.PUBLIC"
            + " group by o.id, o.code, o.name order by o.name")
    List<Object[]> publicCountsPerOwner();

    /** Every active municipality (id, code, name): listed in the public figures even with nothing published yet. */
    @Query("select o.id, o.code, o.name from Organisation o where o.active = true"
            + " and o.kind = se.hoglandet.platform.organisation.OrganisationKind.MUNICIPALITY")
    List<Object[]> activeMunicipalities();

    /** PUBLIC initiatives per risk group, where the owner published the AI Act classification. */
    @Query("select i.riskGroup, count(i) from Initiative i"
            + " where i.visibility = se.hoglandet.platform.visibility.Visibility.PUBLIC"
            + " and i.publicFields like '%AI_ACT%' group by i.riskGroup")
    List<Object[]> publicCountsPerRiskGroup();

    @Query("select i.id from Initiative i where i.id > :after order by i.id")
    List<Long> idsAfter(@Param("after") long after, Limit limit);
}
