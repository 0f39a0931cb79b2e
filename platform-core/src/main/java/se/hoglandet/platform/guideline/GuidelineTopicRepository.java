package se.hoglandet.platform.guideline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GuidelineTopicRepository extends JpaRepository<GuidelineTopic, String> {

    List<GuidelineTopic> findByActiveTrueOrderByPosition();
}
