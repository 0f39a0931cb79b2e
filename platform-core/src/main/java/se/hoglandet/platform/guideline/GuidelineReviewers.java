package se.hoglandet.platform.guideline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.guard.RequiresRole;

/** Those who comment on a guideline in review: the organisation's lawyers, DPOs, security officers and IT managers, its administrators, and federation staff for the template (a role set for {@link RequiresRole}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@RequiresRole({Role.LAWYER, Role.DPO, Role.INFOSEC, Role.IT_MANAGER, Role.ORG_ADMIN, Role.FEDERATION_STAFF})
public @interface GuidelineReviewers {}
