package se.hoglandet.platform.tool;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
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
    java.util.Set<Long> organisationsApproving(@Param("key") String systemKey, @Param("day") java.time.LocalDate day);

    @Query("select a from ToolApproval a where a.organisation.id = :organisationId and a.tool.id in :toolIds")
    List<ToolApproval> findByOrganisationAndTools(
            @Param("organisationId") Long organisationId, @Param("toolIds") Collection<Long> toolIds);
}
