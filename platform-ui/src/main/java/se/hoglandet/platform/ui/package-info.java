/** The UI shell (layout, login, errors, shared view parts): open, every capability's views compose it. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package se.hoglandet.platform.ui;

import org.springframework.modulith.ApplicationModule;
