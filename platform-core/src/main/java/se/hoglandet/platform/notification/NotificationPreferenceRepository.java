package se.hoglandet.platform.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, NotificationPreference.Key> {

    List<NotificationPreference> findByPersonId(Long personId);
}
