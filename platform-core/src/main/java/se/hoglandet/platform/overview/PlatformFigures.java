package se.hoglandet.platform.overview;

import java.util.List;

/**
 * The start page's figures, read from the database.
 *
 * @param activeOrganisations active organisations
 * @param people              active people of the staff directory (whether or not they ever signed in)
 * @param perOrganisation     per active organisation; grows a column per capability as they arrive
 */
public record PlatformFigures(long activeOrganisations, long people, List<OrganisationFigures> perOrganisation) {

    /** One organisation's figures. */
    public record OrganisationFigures(String code, String name, long people) {}
}
