package se.hoglandet.platform.person;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    @EntityGraph(attributePaths = "organisation")
    Optional<Person> findBySubject(String subject);

    @EntityGraph(attributePaths = "organisation")
    Optional<Person> findWithOrganisationById(Long id);
}
