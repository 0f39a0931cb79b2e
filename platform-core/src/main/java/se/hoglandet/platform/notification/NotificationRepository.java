package se.hoglandet.platform.notification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Page<Notification> findByRecipientPersonIdOrderByCreatedAtDescIdDesc(Long recipientPersonId, Pageable pageable);

    long countByRecipientPersonIdAndReadAtIsNull(Long recipientPersonId);

    @Modifying
    @Query("update Notification n set n.readAt = :at, n.version = n.version + 1"
            + " where n.recipientPersonId = :recipient and n.readAt is null")
    int markAllRead(Long recipient, java.time.Instant at);
}
