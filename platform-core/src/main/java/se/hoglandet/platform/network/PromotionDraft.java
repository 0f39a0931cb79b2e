package se.hoglandet.platform.network;

import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.procurement.ProcurementCategory;

/**
 * What a decision or action becomes: a joint initiative (title, summary, area), a joint procurement (title,
 * description, category) or a course wish (topic as title, the need as description). Fields another kind needs are
 * left empty.
 */
public record PromotionDraft(
        OutcomeKind kind, String title, String description, Area area, ProcurementCategory category) {}
