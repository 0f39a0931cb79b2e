package se.hoglandet.platform.tool;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ToolApprovalRepository extends JpaRepository<ToolApproval, Long> {

    @Query(
            "select a from ToolApproval a join fetch a.organisation where a.tool.id = :toolId order by a.organisation.name")
    List<ToolApproval> findByToolId(@Param("toolId") Long toolId);

    Optional<ToolApproval> findByToolIdAndOrganisationId(Long toolId, Long organisationId);

    /** Organisations whose approval of the platform's own tool with this key is in force on the day. */
    @Query("""
            select a.organisation.id from ToolApproval a
            where a.tool.systemKey = :key and a.approved = true and (a.validUntil is null or a.validUntil >= :day)
            """)
    Set<Long> organisationsApproving(@Param("key") String systemKey, @Param("day") LocalDate day);

    /** Approvals running out between the two days whose organisation has not been reminded of that date. */
    @Query("""
            select a from ToolApproval a join fetch a.tool join fetch a.organisation o
            where a.approved = true and o.active = true and a.validUntil between :from and :to
              and (a.expiryRemindedFor is null or a.expiryRemindedFor <> a.validUntil)
            order by a.validUntil, a.id""")
    List<ToolApproval> expiringUnreminded(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Approvals of an organisation running out between the two days (the work list). */
    @Query("""
            select a from ToolApproval a join fetch a.tool
            where a.approved = true and a.organisation.id = :organisationId and a.validUntil between :from and :to
            order by a.validUntil, a.id""")
    List<ToolApproval> expiringIn(
            @Param("organisationId") Long organisationId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Bookkeeping of the reminder job: not a decision, so the approval's version (and open forms) stay valid. */
    @Modifying
    @Query("update ToolApproval a set a.expiryRemindedFor = :validUntil where a.id = :id")
    int markExpiryReminded(@Param("id") Long id, @Param("validUntil") LocalDate validUntil);

    @Query("select a from ToolApproval a where a.organisation.id = :organisationId and a.tool.id in :toolIds")
    List<ToolApproval> findByOrganisationAndTools(
            @Param("organisationId") Long organisationId, @Param("toolIds") Collection<Long> toolIds);
}
