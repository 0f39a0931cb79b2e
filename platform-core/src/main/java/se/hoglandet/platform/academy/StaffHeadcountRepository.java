package se.hoglandet.platform.academy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StaffHeadcountRepository extends JpaRepository<StaffHeadcount, StaffHeadcount.Key> {

    @Query("select h from StaffHeadcount h where :organisationId is null or h.organisationId = :organisationId")
    List<StaffHeadcount> inScope(@Param("organisationId") Long organisationId);
}
