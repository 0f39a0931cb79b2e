package se.hoglandet.platform.visibility;

import org.springframework.data.repository.CrudRepository;
import se.hoglandet.platform.audit.AuditedRecords;
import se.hoglandet.platform.shared.CurrentActor;

/** A shareable record's history is readable by whoever may read the record itself. */
public abstract class ShareableAuditedRecords<T extends ShareableRecord> implements AuditedRecords {

    private final String recordType;
    private final CrudRepository<T, Long> records;
    private final CurrentActor currentActor;

    protected ShareableAuditedRecords(String recordType, CrudRepository<T, Long> records, CurrentActor currentActor) {
        this.recordType = recordType;
        this.records = records;
        this.currentActor = currentActor;
    }

    @Override
    public String recordType() {
        return recordType;
    }

    @Override
    public boolean currentActorMayRead(String recordId) {
        try {
            return records.findById(Long.valueOf(recordId))
                    .filter(record -> VisibilityRules.canRead(currentActor.get(), record))
                    .isPresent();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
