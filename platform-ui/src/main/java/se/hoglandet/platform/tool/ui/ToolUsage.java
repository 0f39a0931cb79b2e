package se.hoglandet.platform.tool.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.ui.InitiativeView;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.ui.EnumLabel;

/** Where a tool is used, among the initiatives the reader may read; lazily paged, newest change first. */
class ToolUsage extends Grid<Initiative> {

    ToolUsage(InitiativeService initiatives, AiTool tool) {
        addComponentColumn(i -> new RouterLink(
                        i.title(), InitiativeView.class, new RouteParameters("id", String.valueOf(i.id()))))
                .setHeader(getTranslation("initiatives.column.title"))
                .setFlexGrow(3);
        addColumn(i -> i.ownerOrganisation().name())
                .setHeader(getTranslation("initiatives.column.owner"))
                .setAutoWidth(true);
        addColumn(i -> EnumLabel.of(this, "initiative.status", i.status()))
                .setHeader(getTranslation("initiatives.column.status"))
                .setAutoWidth(true);
        setItems(
                query -> initiatives.usingTool(tool.id(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAriaLabel(getTranslation("tool.section.usedBy"));
        setEmptyStateText(getTranslation("tool.usedBy.none"));
        setId("tool-used-by");
        setHeight("16em");
    }
}
