package se.hoglandet.platform.architecture.violations.ui;

import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.Role;

/**
 * Deliberately decides from {@code ..ui..} who may act, recomputing a service's rule from the current actor. Only
 * for the rule's own test.
 */
public class ViewUsingCurrentActor {

    public boolean showCreateButton(CurrentActor currentActor) {
        return currentActor.get().hasRole(Role.PROCUREMENT);
    }
}
