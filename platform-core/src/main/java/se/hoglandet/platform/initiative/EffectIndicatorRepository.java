package se.hoglandet.platform.initiative;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EffectIndicatorRepository extends JpaRepository<EffectIndicator, Long> {

    List<EffectIndicator> findByInitiativeIdOrderById(Long initiativeId);
}
