package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.InitiativeStatus;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;

/** An initiative's status and collaboration level as the pages name them, in words and as badges. */
final class Labels {

    private Labels() {}

    /** "Nivå 3: Gemensamma utvecklingsprojekt och resurser", the same wherever a level is named. */
    static String level(Component translator, CollaborationLevel level) {
        return translator.getTranslation(
                "initiative.level.short",
                level.number(),
                translator.getTranslation("initiative.level." + level.number()));
    }

    static Span statusBadge(Component translator, InitiativeStatus status) {
        return Badge.of(EnumLabel.of(translator, "initiative.status", status), statusTheme(status));
    }

    /** The badge's Lumo theme for a status, e.g. for a grid's template. */
    static String statusTheme(InitiativeStatus status) {
        return switch (status) {
            case PRODUCTION -> "badge success";
            case ENDED, PAUSED -> "badge contrast";
            default -> "badge";
        };
    }

    static Span levelBadge(Component translator, CollaborationLevel level) {
        Span badge = Badge.of(level(translator, level), "badge contrast");
        badge.getElement()
                .setAttribute("title", translator.getTranslation("initiative.level." + level.number() + ".help"));
        return badge;
    }
}
