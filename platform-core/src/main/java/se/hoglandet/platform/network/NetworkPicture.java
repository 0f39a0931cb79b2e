package se.hoglandet.platform.network;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.picture.Period;
import se.hoglandet.platform.picture.PictureContribution;
import se.hoglandet.platform.picture.PictureFigure;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * The networks' part of an organisation's picture: the networks it takes part in, and the decisions taken and
 * actions done in them over the period. Only networks the reader may read count (the truth table, in the query);
 * three statements whatever the number of networks, and no person is named.
 */
@Component
@Order(60)
class NetworkPicture implements PictureContribution {

    static final String SECTION = "networks";

    private final EntityManager entityManager;
    private final CurrentActor currentActor;

    NetworkPicture(EntityManager entityManager, CurrentActor currentActor) {
        this.entityManager = entityManager;
        this.currentActor = currentActor;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PictureFigure> figures(Organisation organisation, Period period) {
        List<Long> networks = readableNetworks(organisation);
        long decisions = networks.isEmpty()
                ? 0
                : entityManager
                        .createQuery("""
                                select count(d) from Decision d where d.networkId in :networks
                                and d.decidedOn >= :from and d.decidedOn < :until""", Long.class)
                        .setParameter("networks", networks)
                        .setParameter("from", period.fromOrStart())
                        .setParameter("until", period.untilOrEnd())
                        .getSingleResult();
        long actionsDone = networks.isEmpty()
                ? 0
                : entityManager
                        .createQuery("""
                                select count(a) from NetworkAction a where a.networkId in :networks
                                and a.status = :done and a.closedOn >= :from and a.closedOn < :until""", Long.class)
                        .setParameter("networks", networks)
                        .setParameter("done", ActionStatus.DONE)
                        .setParameter("from", period.fromOrStart())
                        .setParameter("until", period.untilOrEnd())
                        .getSingleResult();
        return List.of(
                PictureFigure.count(
                        SECTION, "networks.takingPart", "picture.figure.networks", networks.size(), "networks"),
                PictureFigure.count(
                        SECTION,
                        "networks.decisions",
                        period.isYear() ? "picture.figure.networkDecisionsInYear" : "picture.figure.networkDecisions",
                        decisions,
                        "networks"),
                PictureFigure.count(
                        SECTION,
                        "networks.actionsDone",
                        period.isYear()
                                ? "picture.figure.networkActionsDoneInYear"
                                : "picture.figure.networkActionsDone",
                        actionsDone,
                        "networks"));
    }

    /** The ids of the networks the organisation takes part in (every network for the federation) the reader reads. */
    private List<Long> readableNetworks(Organisation organisation) {
        Specification<Network> readable = VisibilityRules.readableBy(currentActor.get());
        Specification<Network> spec = organisation == null
                ? readable
                : readable.and((root, query, cb) -> cb.isMember(organisation, root.get("participatingOrganisations")));
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Network> root = query.from(Network.class);
        query.select(root.get("id")).where(spec.toPredicate(root, query, cb)).distinct(true);
        return entityManager.createQuery(query).getResultList();
    }
}
