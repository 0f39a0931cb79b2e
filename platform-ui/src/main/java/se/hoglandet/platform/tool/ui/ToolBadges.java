package se.hoglandet.platform.tool.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import se.hoglandet.platform.tool.ApprovalState;
import se.hoglandet.platform.tool.ToolHosting;
import se.hoglandet.platform.ui.Badge;

/** A tool's decision state and hosting as badges: the colour says whether it may be used. */
final class ToolBadges {

    private ToolBadges() {}

    static Span state(String text, ApprovalState state) {
        return Badge.of(
                text,
                switch (state) {
                    case APPROVED -> "badge success";
                    case EXPIRED -> "badge warning";
                    case NOT_APPROVED -> "badge error";
                    case NOT_DECIDED -> "badge contrast";
                });
    }

    static Span state(Component translator, ApprovalState state) {
        return state(translator.getTranslation("tool.state." + state.name()), state);
    }

    static Span hosting(Component translator, ToolHosting hosting) {
        return Badge.of(
                translator.getTranslation("tool.hosting." + hosting.name()),
                hosting == ToolHosting.THIRD_COUNTRY ? "badge warning" : "badge contrast");
    }
}
