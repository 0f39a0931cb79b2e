/** People (the directory): open, every capability names people. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package se.hoglandet.platform.person;

import org.springframework.modulith.ApplicationModule;
