package se.hoglandet.platform.maturity;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SurveyCycleRepository extends JpaRepository<SurveyCycle, Long> {

    List<SurveyCycle> findAllByOrderByOpensOnDescIdDesc();

    /** Cycles of the same model (any version), oldest first: the trend. */
    @Query(
            "select c from SurveyCycle c join fetch c.model m where m.modelKey = :key and c.opensOn <= :until order by c.opensOn, c.id")
    List<SurveyCycle> ofModelUntil(@Param("key") String modelKey, @Param("until") LocalDate until);
}
