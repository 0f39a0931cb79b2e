package se.hoglandet.platform.picture;

import java.util.List;

/**
 * One area of an organisation: the decision in force ({@code null} when none was recorded) and every decision
 * before it, newest first.
 */
public record AreaLevel(CollaborationArea area, LevelDecision current, List<LevelDecision> history) {}
