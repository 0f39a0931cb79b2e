package se.hoglandet.platform.initiative;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields of an initiative that its owner may choose to publish when the initiative is PUBLIC. Title and
 * summary are always public; budget, tags, attachments, the production decision, named organisations and the
 * contact person's name are internal and have no entry here, so they can never be published.
 */
public enum PublicField {
    PURPOSE,
    ORGANISATIONS,
    CONTACT_EMAIL,
    AREA,
    AI_TYPE,
    TOOLS,
    SUPPLIER,
    DATA_USED,
    DATA_CLASS,
    LEGAL_BASIS,
    HUMAN_OVERSIGHT,
    TRANSPARENCY,
    AI_ACT,
    DATES,
    STATUS,
    COLLABORATION_LEVEL,
    LINKS,
    EFFECTS;

    /** What a new initiative publishes unless its owner decides otherwise: what residents most need to know. */
    public static Set<PublicField> defaults() {
        return EnumSet.of(
                PURPOSE,
                ORGANISATIONS,
                AREA,
                AI_TYPE,
                TOOLS,
                SUPPLIER,
                DATA_CLASS,
                HUMAN_OVERSIGHT,
                TRANSPARENCY,
                AI_ACT,
                DATES,
                STATUS,
                COLLABORATION_LEVEL);
    }

    static String join(Set<PublicField> fields) {
        return fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<PublicField> split(String joined) {
        Set<PublicField> fields = EnumSet.noneOf(PublicField.class);
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(","))
                    .map(String::strip)
                    .map(PublicField::valueOf)
                    .forEach(fields::add);
        }
        return fields;
    }
}
