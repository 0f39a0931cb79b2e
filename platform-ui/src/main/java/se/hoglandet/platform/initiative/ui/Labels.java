package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Translated names of the register's values (statuses, levels, areas…) and the badges that show them. */
public final class Labels {

    private Labels() {}

    /** {@code initiative.status.PILOT}, {@code initiative.area.EDUCATION} … */
    public static String of(Component translator, String prefix, Enum<?> value) {
        return value == null ? "" : translator.getTranslation(prefix + "." + value.name());
    }

    public static Span statusBadge(Component translator, se.hoglandet.platform.initiative.InitiativeStatus status) {
        Span badge = new Span(of(translator, "initiative.status", status));
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
