package se.hoglandet.platform.incident;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.guideline.ControlReading;
import se.hoglandet.platform.guideline.ControlStatus;
import se.hoglandet.platform.guideline.PlatformControl;
import se.hoglandet.platform.shared.SwedishTime;

/**
 * A guideline's incident clause, followed or not: the organisation's incidents still being handled, and the day
 * the latest one was closed. Only counts and a date: never what happened. One query.
 */
@Component
class IncidentReportingReading implements ControlReading {

    private final EntityManager entityManager;

    IncidentReportingReading(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public PlatformControl control() {
        return PlatformControl.INCIDENT_REPORTING;
    }

    @Override
    @Transactional(readOnly = true)
    public ControlStatus readIn(Long organisationId, LocalDate today) {
        Object[] row = entityManager
                .createQuery("""
                        select count(i),
                               coalesce(sum(case when i.status <> se.hoglandet.platform.incident.IncidentStatus.CLOSED
                                                 then 1 else 0 end), 0),
                               max(case when i.status = se.hoglandet.platform.incident.IncidentStatus.CLOSED
                                        then i.closedAt end)
                        from Incident i where i.ownerOrganisation.id = :organisation""", Object[].class)
                .setParameter("organisation", organisationId)
                .getSingleResult();
        long reported = ((Number) row[0]).longValue();
        long open = ((Number) row[1]).longValue();
        LocalDate lastClosed = row[2] == null
                ? null
                : ((Instant) row[2]).atZone(SwedishTime.ZONE).toLocalDate();
        if (reported == 0) {
            return ControlStatus.of(control(), ControlStatus.Verdict.NOT_MEASURED, "none");
        }
        if (open > 0) {
            return ControlStatus.of(control(), ControlStatus.Verdict.PARTLY, "open", open);
        }
        return ControlStatus.of(control(), ControlStatus.Verdict.FOLLOWED, "closed", lastClosed);
    }
}
