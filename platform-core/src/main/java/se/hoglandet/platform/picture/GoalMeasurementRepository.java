package se.hoglandet.platform.picture;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalMeasurementRepository extends JpaRepository<GoalMeasurement, Long> {

    List<GoalMeasurement> findByGoalIdInOrderByMeasuredOnAscIdAsc(Collection<Long> goalIds);
}
