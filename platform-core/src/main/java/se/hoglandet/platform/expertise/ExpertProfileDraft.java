package se.hoglandet.platform.expertise;

import java.util.Set;

/** What a person says of their expertise: areas, a short description, and whether and how much they can help others. */
public record ExpertProfileDraft(Set<ExpertiseArea> areas, String description, boolean offersHelp, int hoursPerMonth) {

    public ExpertProfileDraft {
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }

    public static ExpertProfileDraft empty() {
        return new ExpertProfileDraft(Set.of(), "", false, 0);
    }
}
