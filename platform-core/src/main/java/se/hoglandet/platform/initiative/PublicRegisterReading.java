package se.hoglandet.platform.initiative;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.guideline.ControlReading;
import se.hoglandet.platform.guideline.ControlStatus;
import se.hoglandet.platform.guideline.PlatformControl;
import se.hoglandet.platform.visibility.Visibility;

/**
 * A guideline's transparency clause, followed or not: of the organisation's initiatives in pilot or production, how
 * many residents find in the public register. One query.
 */
@Component
class PublicRegisterReading implements ControlReading {

    private final EntityManager entityManager;

    PublicRegisterReading(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public PlatformControl control() {
        return PlatformControl.PUBLIC_REGISTER;
    }

    @Override
    @Transactional(readOnly = true)
    public ControlStatus readIn(Long organisationId, LocalDate today) {
        Object[] counts = entityManager
                .createQuery("""
                        select count(i), coalesce(sum(case when i.visibility = :public then 1 else 0 end), 0)
                        from Initiative i where i.ownerOrganisation.id = :organisation
                          and i.status in (se.hoglandet.platform.initiative.InitiativeStatus.PILOT,
                                           se.hoglandet.platform.initiative.InitiativeStatus.PRODUCTION)""", Object[].class)
                .setParameter("organisation", organisationId)
                .setParameter("public", Visibility.PUBLIC)
                .getSingleResult();
        long inUse = ((Number) counts[0]).longValue();
        long shown = ((Number) counts[1]).longValue();
        if (inUse == 0) {
            return ControlStatus.of(control(), ControlStatus.Verdict.NOT_MEASURED, "none");
        }
        return ControlStatus.of(control(), ControlStatus.share(shown, inUse), "share", shown, inUse);
    }
}
