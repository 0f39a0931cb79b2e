package se.hoglandet.platform.picture;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalRepository extends JpaRepository<Goal, Long> {

    List<Goal> findByOrganisationIdOrderByTargetDateAscIdAsc(Long organisationId);
}
