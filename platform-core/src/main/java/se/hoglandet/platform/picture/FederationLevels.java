package se.hoglandet.platform.picture;

import java.util.List;
import java.util.Map;
import se.hoglandet.platform.organisation.Organisation;

/**
 * Every organisation's chosen levels side by side: the areas in order, the organisations (the federation and the
 * municipalities always, companies when they recorded a decision), and per organisation id the decision in force
 * per area key.
 */
public record FederationLevels(
        List<CollaborationArea> areas,
        List<Organisation> organisations,
        Map<Long, Map<String, LevelDecision>> decisions) {}
