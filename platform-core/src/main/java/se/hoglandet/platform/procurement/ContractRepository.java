package se.hoglandet.platform.procurement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContractRepository extends JpaRepository<Contract, Long>, JpaSpecificationExecutor<Contract> {

    /** Contracts not yet reminded whose initial end is not later than the horizon (the deadline is checked after). */
    @Query(
            "select c from Contract c join fetch c.ownerOrganisation where c.noticeRemindedOn is null and c.endsOn <= :horizon order by c.id")
    List<Contract> candidatesForNotice(@Param("horizon") LocalDate horizon);

    @Query("select c.id from Contract c where c.id > :after order by c.id")
    List<Long> idsAfter(@Param("after") long after, Limit limit);

    List<Contract> findByIdIn(java.util.Collection<Long> ids);

    /** Bookkeeping of the reminder job: not a change to the contract, so its version (and open forms) stay valid. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update Contract c set c.noticeRemindedOn = :on where c.id = :id")
    void markNoticeReminded(@Param("id") Long id, @Param("on") LocalDate on);
}
