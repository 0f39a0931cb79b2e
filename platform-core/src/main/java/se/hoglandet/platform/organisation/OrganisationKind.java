package se.hoglandet.platform.organisation;

/** What kind of body an organisation is. Companies are separate legal bodies owned by one municipality. */
public enum OrganisationKind {
    FEDERATION,
    MUNICIPALITY,
    COMPANY
}
