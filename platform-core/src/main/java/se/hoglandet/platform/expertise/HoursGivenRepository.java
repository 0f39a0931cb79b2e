package se.hoglandet.platform.expertise;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HoursGivenRepository extends JpaRepository<HoursGiven, Long> {

    List<HoursGiven> findByHelpRequestIdOrderByGivenOnAscIdAsc(Long helpRequestId);
}
