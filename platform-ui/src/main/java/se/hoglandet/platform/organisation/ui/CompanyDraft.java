package se.hoglandet.platform.organisation.ui;

import se.hoglandet.platform.organisation.Organisation;

/** What the company form edits: a plain bean for the binder, turned into a service request on save. */
class CompanyDraft {

    private Long organisationId;
    private long version;
    private Organisation municipality;
    private String name = "";
    private String organisationNumber = "";

    static CompanyDraft newIn(Organisation municipality) {
        CompanyDraft draft = new CompanyDraft();
        draft.municipality = municipality;
        return draft;
    }

    static CompanyDraft of(Organisation existing) {
        CompanyDraft draft = new CompanyDraft();
        draft.organisationId = existing.id();
        draft.version = existing.version();
        draft.municipality = existing.parent();
        draft.name = existing.name();
        draft.organisationNumber = existing.organisationNumber() == null ? "" : existing.organisationNumber();
        return draft;
    }

    boolean isNew() {
        return organisationId == null;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    long getVersion() {
        return version;
    }

    public Organisation getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Organisation municipality) {
        this.municipality = municipality;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisationNumber() {
        return organisationNumber;
    }

    public void setOrganisationNumber(String organisationNumber) {
        this.organisationNumber = organisationNumber;
    }
}
