package se.hoglandet.platform.picture;

import java.time.LocalDate;
import se.hoglandet.platform.initiative.CollaborationLevel;

/**
 * A decision on the collaboration level in one area, as the administrator records it: the deciding body (e.g.
 * Kommunstyrelsen), the date, and the diary number when there is one.
 */
public record LevelDraft(
        String areaKey, CollaborationLevel level, String decidedBy, LocalDate decidedOn, String diaryNumber) {}
