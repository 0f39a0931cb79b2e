package se.hoglandet.platform.assessment;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.guideline.ControlReading;
import se.hoglandet.platform.guideline.ControlStatus;
import se.hoglandet.platform.guideline.PlatformControl;
import se.hoglandet.platform.shared.Role;

/**
 * A guideline's clause on who takes part in a risk analysis, followed or not: of the roles the published risk and
 * consequence template asks to sign off, how many the organisation has an active person for in the directory (so
 * that a sign-off can be asked of someone). Two queries.
 */
@Component
class SignOffRolesReading implements ControlReading {

    private static final String RISK_TEMPLATE = "risk-consequence";

    private final EntityManager entityManager;
    private final AssessmentTemplateRepository templates;

    SignOffRolesReading(EntityManager entityManager, AssessmentTemplateRepository templates) {
        this.entityManager = entityManager;
        this.templates = templates;
    }

    @Override
    public PlatformControl control() {
        return PlatformControl.SIGN_OFF_ROLES;
    }

    @Override
    @Transactional(readOnly = true)
    public ControlStatus readIn(Long organisationId, LocalDate today) {
        List<Role> required = templates
                .findFirstByTemplateKeyAndStatusOrderByTemplateVersionDesc(RISK_TEMPLATE, TemplateStatus.PUBLISHED)
                .map(t -> t.definition().requiredSignOffs())
                .orElse(List.of());
        if (required.isEmpty()) {
            return ControlStatus.of(control(), ControlStatus.Verdict.NOT_MEASURED, "none");
        }
        Set<Role> staffed = Set.copyOf(entityManager
                .createQuery("""
                        select distinct r from Person p join p.roles r
                        where p.organisation.id = :organisation and p.active = true and r in :roles""", Role.class)
                .setParameter("organisation", organisationId)
                .setParameter("roles", required)
                .getResultList());
        long filled = required.stream().filter(staffed::contains).count();
        return ControlStatus.of(
                control(),
                ControlStatus.share(filled, required.size()),
                filled == required.size() ? "all" : "some",
                filled,
                required.size());
    }
}
