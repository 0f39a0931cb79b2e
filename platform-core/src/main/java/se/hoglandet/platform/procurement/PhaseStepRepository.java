package se.hoglandet.platform.procurement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PhaseStepRepository extends JpaRepository<PhaseStep, Long> {

    List<PhaseStep> findByProcurementIdOrderByPhase(Long procurementId);

    Optional<PhaseStep> findByProcurementIdAndPhase(Long procurementId, ProcurementPhase phase);
}
