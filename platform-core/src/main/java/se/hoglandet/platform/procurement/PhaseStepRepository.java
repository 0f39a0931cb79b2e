package se.hoglandet.platform.procurement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PhaseStepRepository extends JpaRepository<PhaseStep, Long> {

    /** The steps in no useful order: the phase is stored by name; sort by {@link PhaseStep#phase()}. */
    List<PhaseStep> findByProcurementId(Long procurementId);

    Optional<PhaseStep> findByProcurementIdAndPhase(Long procurementId, ProcurementPhase phase);
}
