package se.hoglandet.platform.guideline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.guard.RequiresRole;

/** Those who record the decision on a guideline and publish it: the organisation's administrators, and federation staff for the template (a role set for {@link RequiresRole}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@RequiresRole({Role.ORG_ADMIN, Role.FEDERATION_STAFF})
public @interface GuidelineDeciders {}
