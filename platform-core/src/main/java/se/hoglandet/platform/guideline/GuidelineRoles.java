package se.hoglandet.platform.guideline;

import java.lang.annotation.Annotation;
import java.util.EnumSet;
import java.util.Set;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationKind;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.guard.RoleSets;

/**
 * Who does what with a guideline, on top of the guard's role sets: only people of the owner organisation, and
 * federation staff only for the federation's own guideline (the template). The same rules give the detail's
 * {@code may*} flags and refuse the calls.
 */
final class GuidelineRoles {

    private GuidelineRoles() {}

    static boolean writes(Actor actor, Guideline guideline) {
        return holds(actor, guideline.ownerOrganisation(), GuidelineWriters.class);
    }

    static boolean reviews(Actor actor, Guideline guideline) {
        return holds(actor, guideline.ownerOrganisation(), GuidelineReviewers.class);
    }

    static boolean decides(Actor actor, Guideline guideline) {
        return holds(actor, guideline.ownerOrganisation(), GuidelineDeciders.class);
    }

    /** Whether the actor writes guidelines for {@code organisation} (their own). */
    static boolean writesFor(Actor actor, Organisation organisation) {
        return holds(actor, organisation, GuidelineWriters.class);
    }

    private static boolean holds(Actor actor, Organisation owner, Class<? extends Annotation> roleSet) {
        if (actor.isAnonymous() || !actor.belongsTo(owner.id())) {
            return false;
        }
        Set<Role> roles = EnumSet.copyOf(RoleSets.of(roleSet));
        if (owner.kind() != OrganisationKind.FEDERATION) {
            roles.remove(Role.FEDERATION_STAFF);
        }
        return actor.roles().stream().anyMatch(roles::contains);
    }
}
