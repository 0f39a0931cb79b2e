package se.hoglandet.platform.picture;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LevelDecisionRepository extends JpaRepository<LevelDecision, Long> {

    /** Newest decision first within each area, so the first per area is the one in force. */
    List<LevelDecision> findByOrganisationIdOrderByAreaKeyAscDecidedOnDescIdDesc(Long organisationId);

    List<LevelDecision> findAllByOrderByOrganisationIdAscAreaKeyAscDecidedOnDescIdDesc();
}
