/** The visibility truth table and the shareable record base: open, every capability builds on it. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package se.hoglandet.platform.visibility;

import org.springframework.modulith.ApplicationModule;
