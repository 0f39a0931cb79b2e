package se.hoglandet.platform.guideline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UpstreamChoiceRepository extends JpaRepository<UpstreamChoice, Long> {

    List<UpstreamChoice> findBySeriesIdAndUpstreamGuidelineId(String seriesId, Long upstreamGuidelineId);
}
