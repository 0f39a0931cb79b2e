package se.hoglandet.platform.initiative;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LevelChangeRepository extends JpaRepository<LevelChange, Long> {

    List<LevelChange> findByInitiativeIdOrderByChangedAtDescIdDesc(Long initiativeId);
}
