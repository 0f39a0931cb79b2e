package se.hoglandet.platform.procurement;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProcurementRepository extends JpaRepository<Procurement, Long>, JpaSpecificationExecutor<Procurement> {

    @Query("select p.id from Procurement p where p.id > :after order by p.id")
    List<Long> idsAfter(@Param("after") long after, Limit limit);

    List<Procurement> findByIdIn(java.util.Collection<Long> ids);
}
