package se.hoglandet.platform.guideline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.guard.RequiresRole;

/** Those who write and edit guidelines: an organisation's administrators and IT managers, and federation staff for the federation's template (a role set for {@link RequiresRole}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@RequiresRole({Role.ORG_ADMIN, Role.IT_MANAGER, Role.FEDERATION_STAFF})
public @interface GuidelineWriters {}
