package se.hoglandet.platform.expertise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.hoglandet.platform.shared.Role;

interface ExpertProfileRepository extends JpaRepository<ExpertProfile, Long> {

    @EntityGraph(attributePaths = {"person", "organisation"})
    Optional<ExpertProfile> findByPersonId(Long personId);

    @EntityGraph(attributePaths = {"person", "organisation"})
    Optional<ExpertProfile> findWithPersonById(Long id);

    /**
     * The directory of expertise, one row per person (person, profile or null): people with a profile in the area
     * (any area when {@code area} is null) and, when {@code pool} is set, people holding one of the legal expert
     * pool's roles, who are experts there without a profile. Active people of active organisations, by name.
     */
    @Query(value = """
                    select p, e from Person p join p.organisation o left join ExpertProfile e on e.person = p
                    where p.active = true and o.active = true
                      and ((e.id is not null and (:area is null or :area member of e.areas))
                        or (:pool = true and exists (select q.id from Person q join q.roles r
                            where q.id = p.id and r in :poolRoles)))
                    order by p.displayName, p.id""", countQuery = """
                    select count(p) from Person p join p.organisation o left join ExpertProfile e on e.person = p
                    where p.active = true and o.active = true
                      and ((e.id is not null and (:area is null or :area member of e.areas))
                        or (:pool = true and exists (select q.id from Person q join q.roles r
                            where q.id = p.id and r in :poolRoles)))""")
    Page<Object[]> directory(ExpertiseArea area, boolean pool, Collection<Role> poolRoles, Pageable pageable);

    /** Which of these people hold which of the pool's roles: person id and role. */
    @Query("select p.id, r from Person p join p.roles r where p.id in :personIds and r in :poolRoles")
    List<Object[]> poolRolesOf(Collection<Long> personIds, Collection<Role> poolRoles);

    /** Offers waiting for the decider: of the people they manage, or of their organisation when administrator. */
    @Query("""
            select e from ExpertProfile e join fetch e.person p join fetch e.organisation
            where e.lending = se.hoglandet.platform.expertise.LendingStatus.PENDING
              and (p.manager.id = :deciderId or (:administrator = true and e.organisation.id = :organisationId))
            order by e.updatedAt, e.id""")
    List<ExpertProfile> lendingToDecide(Long deciderId, boolean administrator, Long organisationId);
}
