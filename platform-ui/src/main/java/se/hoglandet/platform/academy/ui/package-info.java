/**
 * The academy's pages. A named interface so that capabilities building on the academy (the networks' course
 * wishes) link to a course's page by class, type-safely, instead of by a hand-written address.
 */
@NamedInterface("views")
package se.hoglandet.platform.academy.ui;

import org.springframework.modulith.NamedInterface;
