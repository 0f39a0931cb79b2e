package se.hoglandet.platform.maturity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MaturityModelRepository extends JpaRepository<MaturityModel, Long> {

    Optional<MaturityModel> findFirstByModelKeyOrderByModelVersionDesc(String modelKey);

    List<MaturityModel> findAllByOrderByModelKeyAscModelVersionDesc();
}
