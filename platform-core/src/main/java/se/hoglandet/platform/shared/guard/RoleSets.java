package se.hoglandet.platform.shared.guard;

import java.lang.annotation.Annotation;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;

/**
 * Role sets named once as {@link RequiresRole} meta-annotations (e.g. {@code @Assessors}): the guard reads them on
 * service methods, and a service reads the same annotation when it tells a view what the actor may do, so the
 * permission flags and the guard cannot disagree about roles.
 */
public final class RoleSets {

    private RoleSets() {}

    /** The roles a role-set annotation admits. */
    public static Set<Role> of(Class<? extends Annotation> roleSet) {
        RequiresRole roles = AnnotatedElementUtils.findMergedAnnotation(roleSet, RequiresRole.class);
        if (roles == null) {
            throw new IllegalArgumentException(roleSet.getSimpleName() + " is not a @RequiresRole role set");
        }
        return roles.value().length == 0 ? Set.of() : EnumSet.of(roles.value()[0], roles.value());
    }

    /** Whether the actor holds one of the set's roles (an anonymous visitor holds none). */
    public static boolean admits(Actor actor, Class<? extends Annotation> roleSet) {
        return !actor.isAnonymous() && actor.hasAnyRole(of(roleSet).toArray(Role[]::new));
    }
}
