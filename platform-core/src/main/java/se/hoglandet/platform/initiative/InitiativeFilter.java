package se.hoglandet.platform.initiative;

/**
 * The register's filters; {@code null} means "any". {@code organisationId} matches owner and participating
 * organisations (the public register: the owner); {@code text} is words, matched through the search index in the
 * title and descriptive fields (for the public: the title and the published text).
 */
public record InitiativeFilter(
        Long organisationId,
        Area area,
        InitiativeStatus status,
        CollaborationLevel level,
        RiskGroup riskGroup,
        DataClass dataClass,
        AiType aiType,
        String text) {

    public static InitiativeFilter none() {
        return new InitiativeFilter(null, null, null, null, null, null, null, null);
    }

    /** Only the words in title or summary, e.g. for a picker searching as the user types. */
    public static InitiativeFilter text(String text) {
        return new InitiativeFilter(null, null, null, null, null, null, null, text);
    }
}
