package se.hoglandet.platform.person;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import se.hoglandet.platform.shared.Role;

interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

    @Query("select p from Person p join fetch p.organisation where p.subject = :subject")
    Optional<Person> findBySubject(@Param("subject") String subject);

    @Query("select p from Person p join fetch p.organisation where p.id = :id")
    Optional<Person> findWithOrganisationById(@Param("id") Long id);

    /** People with organisation and roles loaded, e.g. those an import just added. */
    @EntityGraph(attributePaths = {"organisation", "roles"})
    List<Person> findByIdIn(Collection<Long> ids);

    /** A directory page's people with what its grid shows: roles and nearest manager. */
    @EntityGraph(attributePaths = {"organisation", "roles", "manager"})
    List<Person> findWithRolesAndManagerByIdIn(Collection<Long> ids);

    /** A directory entry no login links yet, by e-mail (case-insensitive) within one organisation. */
    @Query("""
            select p from Person p join fetch p.organisation o
            where p.subject is null and p.active = true and o.id = :organisationId and lower(p.email) = :email""")
    List<Person> findUnlinkedByEmail(@Param("organisationId") Long organisationId, @Param("email") String email);

    @Query("""
            select p from Person p where p.organisation.id = :organisationId and p.active = true
              and :role member of p.roles order by p.displayName""")
    List<Person> findByOrganisationAndRole(Long organisationId, Role role);

    @Query("""
            select p from Person p join fetch p.organisation o
            where o.id <> :organisationId and o.active = true and p.active = true and :role member of p.roles
            order by o.name, p.displayName""")
    List<Person> findInOtherOrganisationsWithRole(Long organisationId, Role role);

    @Query(
            "select p from Person p where p.organisation.id = :organisationId and p.active = true order by p.displayName")
    List<Person> findByOrganisation(Long organisationId);

    /** Everyone whose subject starts with the prefix (e.g. {@code keycloak:}), with organisation and roles. */
    @Query("""
            select distinct p from Person p join fetch p.organisation left join fetch p.roles
            where p.subject like :prefix""")
    List<Person> findBySubjectPrefix(@Param("prefix") String prefix);

    /** Lower-cased e-mail addresses of an organisation's active people, to refuse duplicates in one query. */
    @Query("select lower(p.email) from Person p where p.organisation.id = :organisationId and p.email is not null"
            + " and p.active = true")
    List<String> emailsOf(@Param("organisationId") Long organisationId);

    /** Active people of an organisation by lower-cased e-mail, e.g. to find the managers a CSV file names. */
    @Query("select p from Person p where p.organisation.id = :organisationId and p.active = true"
            + " and lower(p.email) in :emails")
    List<Person> findActiveByEmails(
            @Param("organisationId") Long organisationId, @Param("emails") Collection<String> emails);

    @Query("select p from Person p where p.active = false and p.deactivatedAt < :cutoff and p.anonymisedAt is null")
    List<Person> deactivatedBefore(@Param("cutoff") Instant cutoff);

    /** Active people of an organisation per role, for denominators: organisation, role, count. */
    @Query("""
            select p.organisation.id, r, count(p) from Person p join p.roles r
            where p.active = true and (:organisationId is null or p.organisation.id = :organisationId)
            group by p.organisation.id, r""")
    List<Object[]> countByOrganisationAndRole(@Param("organisationId") Long organisationId);

    /** Active people of active organisations whose name contains the text (lower-cased pattern), by name. */
    @Query(value = """
                    select p from Person p join fetch p.organisation o
                    where p.active = true and o.active = true and lower(p.displayName) like :pattern escape '\\'
                    order by p.displayName, o.name, p.id""", countQuery = """
                    select count(p) from Person p join p.organisation o
                    where p.active = true and o.active = true and lower(p.displayName) like :pattern escape '\\'""")
    Page<Person> findPickable(@Param("pattern") String pattern, Pageable pageable);
}
