package se.hoglandet.platform.guideline;

import java.time.LocalDate;

/**
 * "Followed or not": a capability reads the live state of one {@link PlatformControl} in an organisation from its
 * own data, when a guideline page is shown. Nothing is copied into the guideline. Implemented by the capability
 * that owns the data (initiatives, assessments, tools, incidents, the academy), which depends on this port and not
 * the other way round; a reading answers in a fixed number of queries.
 */
public interface ControlReading {

    PlatformControl control();

    ControlStatus readIn(Long organisationId, LocalDate today);
}
