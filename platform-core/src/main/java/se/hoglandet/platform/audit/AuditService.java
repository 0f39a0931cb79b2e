package se.hoglandet.platform.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.RecordTypes;
import se.hoglandet.platform.shared.guard.RequiresLogin;

/** A record's history, for those who may read the record. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditEntryRepository entries;
    private final RecordTypes recordTypes;

    AuditService(AuditEntryRepository entries, RecordTypes recordTypes) {
        this.entries = entries;
        this.recordTypes = recordTypes;
    }

    @RequiresLogin
    public Page<AuditEntry> historyOf(String recordType, Object recordId, Pageable pageable) {
        String id = String.valueOf(recordId);
        AuditedRecords records = recordTypes
                .find(recordType, AuditedRecords.class)
                .orElseThrow(() -> new PermissionDeniedException("No history for record type " + recordType));
        if (!records.currentActorMayRead(id)) {
            throw new PermissionDeniedException("May not read " + recordType + " " + id);
        }
        return entries.findByRecordTypeAndRecordIdOrderByOccurredAtDescIdDesc(recordType, id, pageable);
    }
}
