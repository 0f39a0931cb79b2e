package se.hoglandet.platform.search.violations;

import se.hoglandet.platform.initiative.Initiative;

/** Deliberately maps a capability's entity inside the search module. Only for the rule's own test. */
public class SearchUsingACapability {

    public String title(Initiative initiative) {
        return initiative.title();
    }
}
