package se.hoglandet.platform.visibility;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.EnumSet;
import java.util.Objects;
import org.springframework.data.jpa.domain.Specification;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;

/**
 * The visibility truth table of ARCHITECTURE.md, once, in two forms that must agree: a JPA {@link Specification}
 * that puts the rule into the SQL of a paged query, and an in-memory check for a record already loaded by id.
 *
 * <p>Nobody bypasses the table: not PLATFORM_ADMIN, not FEDERATION_STAFF (who read what any Höglandet user reads).
 * Companies do not inherit their municipality's access: only the organisation ids themselves are compared.
 */
public final class VisibilityRules {

    private static final String OWNER = "ownerOrganisation";
    private static final String VISIBILITY = "visibility";
    private static final String PARTICIPATING = "participatingOrganisations";
    private static final String NAMED = "namedOrganisations";

    private VisibilityRules() {}

    /** The records {@code actor} may read, as a predicate for the database query (works with paging). */
    public static <T extends ShareableRecord> Specification<T> readableBy(Actor actor) {
        return (root, query, cb) -> {
            if (actor.isAnonymous()) {
                return cb.equal(root.get(VISIBILITY), Visibility.PUBLIC);
            }
            Long organisation = actor.organisationId();
            Predicate owner = cb.equal(root.get(OWNER).get("id"), organisation);
            Predicate participating = memberOf(root, query, cb, PARTICIPATING, organisation);
            Predicate named = cb.and(
                    root.get(VISIBILITY).in(EnumSet.of(Visibility.SHARED, Visibility.FEDERATION, Visibility.PUBLIC)),
                    memberOf(root, query, cb, NAMED, organisation));
            Predicate federationWide = root.get(VISIBILITY).in(EnumSet.of(Visibility.FEDERATION, Visibility.PUBLIC));
            return cb.or(owner, participating, named, federationWide);
        };
    }

    /** The same rule for one loaded record. */
    public static boolean canRead(Actor actor, ShareableRecord record) {
        Visibility visibility = record.visibility();
        if (actor.isAnonymous()) {
            return visibility == Visibility.PUBLIC;
        }
        return isOwner(actor, record)
                || isParticipant(actor, record)
                || (visibility.reachesNamedOrganisations() && contains(record.namedOrganisations(), actor))
                || visibility.reachesWholeFederation();
    }

    /**
     * What {@code actor} may edit: staff (holders of {@code staffRole}) of the owner organisation edit the whole
     * record, staff of a participating organisation their own part.
     */
    public static EditScope editScope(Actor actor, ShareableRecord record, Role staffRole) {
        if (actor.isAnonymous() || !actor.hasRole(staffRole)) {
            return EditScope.NONE;
        }
        if (isOwner(actor, record)) {
            return EditScope.WHOLE;
        }
        return isParticipant(actor, record) ? EditScope.OWN_PART : EditScope.NONE;
    }

    private static boolean isOwner(Actor actor, ShareableRecord record) {
        return Objects.equals(record.ownerOrganisation().id(), actor.organisationId());
    }

    private static boolean isParticipant(Actor actor, ShareableRecord record) {
        return contains(record.participatingOrganisations(), actor);
    }

    private static boolean contains(java.util.Set<Organisation> organisations, Actor actor) {
        return organisations.stream().anyMatch(o -> Objects.equals(o.id(), actor.organisationId()));
    }

    /** EXISTS (…) rather than a join, so that paging counts each record once. */
    private static <T> Predicate memberOf(
            Root<T> root, CriteriaQuery<?> query, CriteriaBuilder cb, String attribute, Long organisation) {
        Subquery<Long> subquery = query.subquery(Long.class);
        Root<T> correlated = subquery.correlate(root);
        Join<T, Organisation> member = correlated.join(attribute);
        subquery.select(member.get("id")).where(cb.equal(member.get("id"), organisation));
        return cb.exists(subquery);
    }
}
