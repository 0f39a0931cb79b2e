package se.hoglandet.platform.shared.guard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Called by the platform itself where no actor exists yet (e.g. while a login is being completed, or demo
 * seeding at start-up). An architecture rule forbids the UI to call such methods.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SystemAccess {
    /** Why this method cannot be guarded by an actor; read in code review. */
    String value();
}
