package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import se.hoglandet.platform.ui.EnumLabel;

/** The badges that show an initiative's status and collaboration level. */
final class Labels {

    private Labels() {}

    public static Span statusBadge(Component translator, se.hoglandet.platform.initiative.InitiativeStatus status) {
        Span badge = new Span(EnumLabel.of(translator, "initiative.status", status));
        String theme = switch (status) {
            case PRODUCTION -> "badge success";
            case PILOT -> "badge";
            case ENDED, PAUSED -> "badge contrast";
            default -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    public static Span levelBadge(Component translator, se.hoglandet.platform.initiative.CollaborationLevel level) {
        Span badge = new Span(translator.getTranslation(
                "initiative.level.short",
                level.number(),
                translator.getTranslation("initiative.level." + level.number())));
        badge.getElement().getThemeList().add("badge contrast");
        badge.getElement()
                .setAttribute("title", translator.getTranslation("initiative.level." + level.number() + ".help"));
        return badge;
    }
}
