/**
 * The joint procurements' pages. A named interface so that capabilities building on procurements (the networks'
 * outcomes) link to a procurement's page by class, type-safely, instead of by a hand-written address.
 */
@NamedInterface("views")
package se.hoglandet.platform.procurement.ui;

import org.springframework.modulith.NamedInterface;
