package se.hoglandet.platform.assessment;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.guideline.ControlReading;
import se.hoglandet.platform.guideline.ControlStatus;
import se.hoglandet.platform.guideline.PlatformControl;

/**
 * A guideline's "risk and consequence analysis before production" clause, followed or not: of the organisation's
 * initiatives in production, how many an approved analysis of the organisation covers. Initiatives that went into
 * production before the gate existed (or were registered as such) are counted too: that is what the figure is for.
 * One query.
 */
@Component
class ProductionGateReading implements ControlReading {

    private final EntityManager entityManager;

    ProductionGateReading(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public PlatformControl control() {
        return PlatformControl.PRODUCTION_GATE;
    }

    @Override
    @Transactional(readOnly = true)
    public ControlStatus readIn(Long organisationId, LocalDate today) {
        Object[] counts = entityManager
                .createQuery("""
                        select count(i), coalesce(sum(case when exists (
                                   select a.id from Assessment a join a.initiativeIds covered
                                   where covered = i.id and a.ownerOrganisation.id = :organisation
                                     and a.type = se.hoglandet.platform.assessment.AssessmentType.RISK_CONSEQUENCE
                                     and a.status in (se.hoglandet.platform.assessment.AssessmentStatus.APPROVED,
                                          se.hoglandet.platform.assessment.AssessmentStatus.APPROVED_WITH_CONDITIONS))
                               then 1 else 0 end), 0)
                        from Initiative i where i.ownerOrganisation.id = :organisation
                          and i.status = se.hoglandet.platform.initiative.InitiativeStatus.PRODUCTION""", Object[].class)
                .setParameter("organisation", organisationId)
                .getSingleResult();
        long inProduction = ((Number) counts[0]).longValue();
        long analysed = ((Number) counts[1]).longValue();
        if (inProduction == 0) {
            return ControlStatus.of(control(), ControlStatus.Verdict.NOT_MEASURED, "none");
        }
        String variant = analysed == inProduction ? "all" : "some";
        return ControlStatus.of(
                control(), ControlStatus.share(analysed, inProduction), variant, analysed, inProduction);
    }
}
