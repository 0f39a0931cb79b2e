package se.hoglandet.platform.procurement;

import se.hoglandet.platform.shared.RecordChanged;

/** A contract was registered or changed: the search index re-reads it. */
public record ContractChanged(Long contractId) implements RecordChanged {

    @Override
    public String recordType() {
        return ContractService.RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return String.valueOf(contractId);
    }
}
