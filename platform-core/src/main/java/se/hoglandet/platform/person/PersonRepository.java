package se.hoglandet.platform.person;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.hoglandet.platform.shared.Role;

interface PersonRepository extends JpaRepository<Person, Long> {

    @EntityGraph(attributePaths = "organisation")
    Optional<Person> findBySubject(String subject);

    @EntityGraph(attributePaths = "organisation")
    Optional<Person> findWithOrganisationById(Long id);

    @Query("select p from Person p where p.organisation.id = :organisationId and :role member of p.roles")
    List<Person> findByOrganisationAndRole(Long organisationId, Role role);

    @Query("""
            select p from Person p join fetch p.organisation o
            where o.id <> :organisationId and o.active = true and :role member of p.roles
            order by o.name, p.displayName""")
    List<Person> findInOtherOrganisationsWithRole(Long organisationId, Role role);

    @Query("select p from Person p where p.organisation.id = :organisationId order by p.displayName")
    List<Person> findByOrganisation(Long organisationId);
}
