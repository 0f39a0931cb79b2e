package se.hoglandet.platform.maturity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    Optional<SurveyResponse> findByCycleIdAndPersonId(Long cycleId, Long personId);

    List<SurveyResponse> findByCycleIdAndOrganisationIdOrderByPersonName(Long cycleId, Long organisationId);

    List<SurveyResponse> findByCycleIdInAndStatus(Collection<Long> cycleIds, ResponseStatus status);

    List<SurveyResponse> findByCycleId(Long cycleId);
}
