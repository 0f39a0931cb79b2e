package se.hoglandet.platform.tool;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.guideline.ControlReading;
import se.hoglandet.platform.guideline.ControlStatus;
import se.hoglandet.platform.guideline.PlatformControl;
import se.hoglandet.platform.initiative.DataClass;

/**
 * A guideline's approved-tools clause, followed or not: how many AI tools the organisation has approved now, how
 * many of them for personal data, and whether any approval has run out without a new decision. One query.
 */
@Component
class ToolRegisterReading implements ControlReading {

    private final EntityManager entityManager;

    ToolRegisterReading(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public PlatformControl control() {
        return PlatformControl.TOOL_REGISTER;
    }

    @Override
    @Transactional(readOnly = true)
    public ControlStatus readIn(Long organisationId, LocalDate today) {
        Object[] counts = entityManager
                .createQuery("""
                        select coalesce(sum(case when a.validUntil is null or a.validUntil >= :today then 1 else 0 end), 0),
                               coalesce(sum(case when (a.validUntil is null or a.validUntil >= :today)
                                                  and :personal member of a.dataClasses then 1 else 0 end), 0),
                               coalesce(sum(case when a.validUntil < :today then 1 else 0 end), 0)
                        from ToolApproval a where a.organisation.id = :organisation and a.approved = true""", Object[].class)
                .setParameter("organisation", organisationId)
                .setParameter("today", today)
                .setParameter("personal", DataClass.PERSONAL)
                .getSingleResult();
        long approved = ((Number) counts[0]).longValue();
        long forPersonalData = ((Number) counts[1]).longValue();
        long expired = ((Number) counts[2]).longValue();
        if (approved == 0 && expired == 0) {
            return ControlStatus.of(control(), ControlStatus.Verdict.NOT_MEASURED, "none");
        }
        if (expired > 0) {
            return ControlStatus.of(
                    control(), ControlStatus.Verdict.PARTLY, "expired", approved, forPersonalData, expired);
        }
        return ControlStatus.of(control(), ControlStatus.Verdict.FOLLOWED, "approved", approved, forPersonalData);
    }
}
