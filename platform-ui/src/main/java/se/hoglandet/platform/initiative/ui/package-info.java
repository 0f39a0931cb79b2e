/**
 * The initiative register's pages. The record page is a named interface so that capabilities building on
 * initiatives (lessons, tools, incidents) link to it by class, type-safely, instead of by a hand-written address.
 */
@NamedInterface("views")
package se.hoglandet.platform.initiative.ui;

import org.springframework.modulith.NamedInterface;
