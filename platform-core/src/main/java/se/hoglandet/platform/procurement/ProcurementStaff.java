package se.hoglandet.platform.procurement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.guard.RequiresRole;

/** Procurement staff, who run joint procurements and keep the contract register (a role for {@link RequiresRole}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@RequiresRole(Role.PROCUREMENT)
public @interface ProcurementStaff {}
