package se.hoglandet.platform.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    Page<AuditEntry> findByRecordTypeAndRecordIdOrderByOccurredAtDescIdDesc(
            String recordType, String recordId, Pageable pageable);
}
