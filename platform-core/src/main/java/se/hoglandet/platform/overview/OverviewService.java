package se.hoglandet.platform.overview;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.guard.RequiresLogin;

/** Figures across the organisations, for the start page. A fixed number of queries, whatever the data size. */
@Service
@Transactional(readOnly = true)
public class OverviewService {

    private final EntityManager entityManager;

    OverviewService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @RequiresLogin
    public PlatformFigures figures() {
        List<PlatformFigures.OrganisationFigures> perOrganisation = entityManager
                .createQuery("""
                        select new se.hoglandet.platform.overview.PlatformFigures$OrganisationFigures(
                            o.code, o.name, count(p.id))
                        from Organisation o left join Person p on p.organisation = o and p.active = true
                        where o.active = true
                        group by o.id, o.code, o.name
                        order by o.name""", PlatformFigures.OrganisationFigures.class)
                .getResultList();
        long people = entityManager
                .createQuery("select count(p) from Person p where p.active = true", Long.class)
                .getSingleResult();
        return new PlatformFigures(perOrganisation.size(), people, perOrganisation);
    }
}
