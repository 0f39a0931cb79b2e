package se.hoglandet.platform.initiative;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipationRepository extends JpaRepository<Participation, Long> {

    @EntityGraph(attributePaths = "organisation")
    List<Participation> findByInitiativeIdOrderById(Long initiativeId);
}
