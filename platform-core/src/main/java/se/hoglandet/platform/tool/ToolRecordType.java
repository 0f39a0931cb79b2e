package se.hoglandet.platform.tool;

import org.springframework.stereotype.Component;
import se.hoglandet.platform.audit.AuditedRecords;
import se.hoglandet.platform.shared.CurrentActor;

/**
 * The tool record type, registered once: the register is read by everybody signed in, and so is its history (who
 * registered, changed, decided).
 */
@Component
class ToolRecordType implements AuditedRecords {

    private final ToolRepository tools;
    private final CurrentActor currentActor;

    ToolRecordType(ToolRepository tools, CurrentActor currentActor) {
        this.tools = tools;
        this.currentActor = currentActor;
    }

    @Override
    public String recordType() {
        return ToolService.RECORD_TYPE;
    }

    @Override
    public boolean currentActorMayRead(String recordId) {
        try {
            return !currentActor.get().isAnonymous() && tools.existsById(Long.valueOf(recordId));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
