package se.hoglandet.platform.network;

import se.hoglandet.platform.shared.RecordChanged;

/** A network was created or changed (description, visibility or members): search reindexes it. */
public record NetworkChanged(Long networkId) implements RecordChanged {

    @Override
    public String recordType() {
        return NetworkService.RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return String.valueOf(networkId);
    }
}
