package se.hoglandet.platform.organisation;

import se.hoglandet.platform.shared.RecordChanged;

/**
 * Something about an organisation changed (added, renamed, deactivated, reactivated). Listeners that keep a copy,
 * such as the search index, reload it from the database: the event carries only the id, so replaying it is safe.
 */
public record OrganisationUpdated(Long organisationId) implements RecordChanged {

    @Override
    public String recordType() {
        return OrganisationService.RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return String.valueOf(organisationId);
    }
}
