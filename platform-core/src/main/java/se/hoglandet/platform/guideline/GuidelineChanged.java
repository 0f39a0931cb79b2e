package se.hoglandet.platform.guideline;

import se.hoglandet.platform.shared.RecordChanged;

/** A guideline version was written, changed, moved on in its workflow or stopped being current: search reindexes it. */
public record GuidelineChanged(Long guidelineId) implements RecordChanged {

    @Override
    public String recordType() {
        return GuidelineService.RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return String.valueOf(guidelineId);
    }
}
