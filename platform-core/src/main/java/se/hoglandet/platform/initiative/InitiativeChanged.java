package se.hoglandet.platform.initiative;

import se.hoglandet.platform.shared.RecordChanged;

/** Something about an initiative changed (description, sharing, status, level, effects): search reindexes it. */
public record InitiativeChanged(Long initiativeId) implements RecordChanged {

    @Override
    public String recordType() {
        return InitiativeService.RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return String.valueOf(initiativeId);
    }
}
