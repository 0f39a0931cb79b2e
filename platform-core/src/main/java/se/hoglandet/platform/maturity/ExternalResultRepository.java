package se.hoglandet.platform.maturity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExternalResultRepository extends JpaRepository<ExternalResult, Long> {

    List<ExternalResult> findByOrganisationIdOrderByInstrumentAscYearAscDimensionAsc(Long organisationId);

    List<ExternalResult> findByOrganisationIdInOrderByInstrumentAscYearAscDimensionAsc(Collection<Long> ids);

    List<ExternalResult> findAllByOrderByInstrumentAscYearAscDimensionAsc();

    Optional<ExternalResult> findByOrganisationIdAndInstrumentAndYearAndDimension(
            Long organisationId, ExternalInstrument instrument, int year, String dimension);
}
