package se.hoglandet.platform.network;

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

interface NetworkRepository extends JpaRepository<Network, Long>, JpaSpecificationExecutor<Network> {

    @Query("select n from Network n join fetch n.ownerOrganisation where n.id = :id")
    Optional<Network> findWithOwnerById(@Param("id") Long id);

    Optional<Network> findByName(String name);

    /** A page of networks with their owners, in one statement more (not one per row). */
    @Override
    @EntityGraph(attributePaths = "ownerOrganisation")
    Page<Network> findAll(Specification<Network> specification, Pageable pageable);

    @Query("select n.id from Network n where n.id > :afterId order by n.id")
    List<Long> idsAfter(Long afterId, Limit limit);

    @EntityGraph(attributePaths = "ownerOrganisation")
    List<Network> findByIdIn(Collection<Long> ids);
}
