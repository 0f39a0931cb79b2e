package se.hoglandet.platform.initiative;

/** The municipal area an initiative serves; shown with plain-language names from the UI's bundles. */
public enum Area {
    ELDERLY_CARE,
    SOCIAL_SERVICES,
    EDUCATION,
    HEALTH,
    BUILDING_PERMITS,
    ADMINISTRATION,
    COMMUNICATION,
    CITIZEN_SERVICE,
    INFRASTRUCTURE,
    CULTURE_AND_LEISURE,
    OTHER
}
