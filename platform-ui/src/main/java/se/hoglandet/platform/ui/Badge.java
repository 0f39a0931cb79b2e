package se.hoglandet.platform.ui;

import com.vaadin.flow.component.html.Span;

/** A small status label in Lumo's badge style, e.g. {@code Badge.of("Godkänd", "badge success")}. */
public final class Badge {

    private Badge() {}

    public static Span of(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
