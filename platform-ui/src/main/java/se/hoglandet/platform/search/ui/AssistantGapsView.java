package se.hoglandet.platform.search.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import se.hoglandet.platform.search.assistant.AssistantService;
import se.hoglandet.platform.search.assistant.Gap;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PortalView;

/**
 * For platform administrators: the questions the shared knowledge left unanswered (no basis, or not helpful), newest
 * first, lazily paged — the gaps worth a lesson or a course. Who asked is not shown; their organisation is.
 */
@Route("admin/assistant")
@Menu(title = "nav.assistantGaps", order = 201)
@RolesAllowed("PLATFORM_ADMIN")
public class AssistantGapsView extends Main implements PortalView {

    AssistantGapsView(AssistantService assistant) {
        addClassName("page");
        Grid<Gap> grid = new Grid<>();
        grid.addColumn(gap -> Formats.dateTime(gap.askedAt()))
                .setHeader(getTranslation("assistant.gaps.asked"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Gap::organisation)
                .setHeader(getTranslation("assistant.gaps.organisation"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(gap -> wrapping(gap.question()))
                .setHeader(getTranslation("assistant.gaps.question"))
                .setFlexGrow(3);
        grid.addColumn(gap ->
                        getTranslation("assistant.gaps.reason." + gap.reason().name()))
                .setHeader(getTranslation("assistant.gaps.reason"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(gap -> wrapping(gap.comment() == null ? "" : gap.comment()))
                .setHeader(getTranslation("assistant.gaps.comment"))
                .setFlexGrow(2);
        grid.setItems(query -> assistant.gaps(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("assistant.gaps.title"));
        grid.setEmptyStateText(getTranslation("assistant.gaps.empty"));
        grid.setId("assistant-gaps");
        grid.setHeight("60vh");
        add(
                new H2(getTranslation("assistant.gaps.title")),
                new Paragraph(getTranslation("assistant.gaps.intro")),
                grid);
    }

    private static Span wrapping(String text) {
        Span span = new Span(text);
        span.addClassName("assistant-wrap");
        return span;
    }

    @Override
    public String viewTitle() {
        return getTranslation("assistant.gaps.title");
    }
}
