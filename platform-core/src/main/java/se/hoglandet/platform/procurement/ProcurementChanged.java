package se.hoglandet.platform.procurement;

import se.hoglandet.platform.shared.RecordChanged;

/** A procurement (or a part of it) changed: the search index re-reads it. */
public record ProcurementChanged(Long procurementId) implements RecordChanged {

    @Override
    public String recordType() {
        return ProcurementService.RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return String.valueOf(procurementId);
    }
}
