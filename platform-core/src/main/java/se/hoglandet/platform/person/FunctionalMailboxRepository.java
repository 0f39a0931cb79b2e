package se.hoglandet.platform.person;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FunctionalMailboxRepository extends JpaRepository<FunctionalMailbox, FunctionalMailbox.Key> {

    List<FunctionalMailbox> findByOrganisationIdOrderByDuty(Long organisationId);
}
