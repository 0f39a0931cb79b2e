package se.hoglandet.platform.expertise;

import java.util.EnumSet;
import java.util.Set;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.person.Person;

/**
 * One person in the directory of expertise.
 *
 * @param profile  their own profile, {@code null} for a member of the legal expert pool without one
 * @param areas    every area the person covers, their own profile's and the legal expert pool's (by their role),
 *                 read while the directory's transaction is open
 * @param mayAsk   the reader may ask them for help (another organisation's expert with approved hours)
 */
public record ExpertEntry(
        Person person, Organisation organisation, ExpertProfile profile, Set<ExpertiseArea> areas, boolean mayAsk) {

    public ExpertEntry {
        areas = Set.copyOf(areas);
    }

    /** The areas of their own profile and of the legal expert pool together. */
    static Set<ExpertiseArea> areasOf(ExpertProfile profile, Set<ExpertiseArea> poolAreas) {
        EnumSet<ExpertiseArea> all = EnumSet.noneOf(ExpertiseArea.class);
        if (profile != null) {
            all.addAll(profile.areas());
        }
        all.addAll(poolAreas);
        return all;
    }

    public int lendableHours() {
        return profile == null ? 0 : profile.lendableHours();
    }
}
