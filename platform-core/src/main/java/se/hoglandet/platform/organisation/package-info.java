/** Organisations: open, every record names its owner and participants. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package se.hoglandet.platform.organisation;

import org.springframework.modulith.ApplicationModule;
