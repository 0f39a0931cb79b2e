package se.hoglandet.platform.maturity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationResultRepository extends JpaRepository<OrganisationResult, Long> {

    Optional<OrganisationResult> findByCycleIdAndOrganisationId(Long cycleId, Long organisationId);

    List<OrganisationResult> findByCycleIdIn(Collection<Long> cycleIds);
}
