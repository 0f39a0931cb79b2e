package se.hoglandet.platform.picture;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CollaborationAreaRepository extends JpaRepository<CollaborationArea, String> {

    List<CollaborationArea> findAllByOrderByPositionAsc();
}
