package se.hoglandet.platform.organisation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.guard.RequiresRole;

/** Those who manage organisations: their own administrators and the platform's (a role set for {@link RequiresRole}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@RequiresRole({Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
public @interface OrganisationAdmins {}
