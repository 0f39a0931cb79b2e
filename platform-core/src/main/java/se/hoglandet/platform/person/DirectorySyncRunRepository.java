package se.hoglandet.platform.person;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DirectorySyncRunRepository extends JpaRepository<DirectorySyncRun, Long> {

    Optional<DirectorySyncRun> findFirstByOrderByIdDesc();
}
