package se.hoglandet.platform.person;

/** The login names an organisation the portal does not know, or one that is deactivated: no access. */
public class UnknownOrganisationException extends RuntimeException {

    public UnknownOrganisationException(String code) {
        super("Unknown or inactive organisation: " + code);
    }
}
