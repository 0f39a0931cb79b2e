/** Shared kernel (actor, roles, errors, guard, scheduling): open, every module uses it. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package se.hoglandet.platform.shared;

import org.springframework.modulith.ApplicationModule;
