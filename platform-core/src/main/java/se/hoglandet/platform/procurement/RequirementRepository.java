package se.hoglandet.platform.procurement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequirementRepository extends JpaRepository<Requirement, Long> {

    List<Requirement> findByProcurementIdOrderById(Long procurementId);
}
