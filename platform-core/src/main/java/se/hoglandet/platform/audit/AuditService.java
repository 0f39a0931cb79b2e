package se.hoglandet.platform.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.guard.RequiresLogin;

/** A record's history, for those who may read the record. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditEntryRepository entries;
    private final List<AuditedRecords> auditedRecords;

    AuditService(AuditEntryRepository entries, List<AuditedRecords> auditedRecords) {
        this.entries = entries;
        this.auditedRecords = auditedRecords;
    }

    @RequiresLogin
    public Page<AuditEntry> historyOf(String recordType, Object recordId, Pageable pageable) {
        String id = String.valueOf(recordId);
        AuditedRecords records = auditedRecords.stream()
                .filter(r -> r.recordType().equals(recordType))
                .findFirst()
                .orElseThrow(() -> new PermissionDeniedException("No history for record type " + recordType));
        if (!records.currentActorMayRead(id)) {
            throw new PermissionDeniedException("May not read " + recordType + " " + id);
        }
        return entries.findByRecordTypeAndRecordIdOrderByOccurredAtDescIdDesc(recordType, id, pageable);
    }
}
