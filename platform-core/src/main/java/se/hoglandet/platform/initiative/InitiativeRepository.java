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

    @EntityGraph(attributePaths = "ownerOrganisation")
    Optional<Initiative> findWithOwnerById(Long id);

    @EntityGraph(attributePaths = "ownerOrganisation")
    List<Initiative> findByIdIn(Collection<Long> ids);

    @Query("select i.id from Initiative i where i.id > :after order by i.id")
    List<Long> idsAfter(@Param("after") long after, Limit limit);
}
