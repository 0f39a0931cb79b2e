/**
 * The AI tool register's pages. A named interface so that capabilities building on the register (incidents) link
 * to a tool's page by class, type-safely, instead of by a hand-written address.
 */
@NamedInterface("views")
package se.hoglandet.platform.tool.ui;

import org.springframework.modulith.NamedInterface;
