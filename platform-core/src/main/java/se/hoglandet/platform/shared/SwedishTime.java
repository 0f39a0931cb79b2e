package se.hoglandet.platform.shared;

import java.time.ZoneId;

/** The platform's one time zone: every date shown, every "today", every deadline and every job runs Swedish time. */
public final class SwedishTime {

    /** For annotations, which need a constant ({@code @Scheduled(zone = SwedishTime.ZONE_ID)}). */
    public static final String ZONE_ID = "Europe/Stockholm";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private SwedishTime() {}
}
