package se.hoglandet.platform.tool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordNavigation;

/**
 * The approved AI tools register: every tool the federation knows, where it processes data, lazily paged by name.
 * Each tool's page shows every organisation's decision on it.
 */
@Route("tools")
@Menu(title = "nav.tools", order = 27)
@PermitAll
public class ToolsView extends Main implements PortalView {

    ToolsView(ToolService tools) {
        addClassName("page");
        H2 heading = new H2(getTranslation("tools.title"));
        Paragraph intro = new Paragraph(getTranslation("tools.intro"));
        TextField text = new TextField(getTranslation("tools.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        FlexLayout toolbar = new FlexLayout(text);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(FlexLayout.Alignment.BASELINE);

        Grid<AiTool> grid = new Grid<>();
        grid.addComponentColumn(t ->
                        new RouterLink(t.name(), ToolView.class, new RouteParameters("id", String.valueOf(t.id()))))
                .setHeader(getTranslation("tool.field.name"))
                .setFlexGrow(2);
        grid.addColumn(AiTool::vendor)
                .setHeader(getTranslation("tool.field.vendor"))
                .setFlexGrow(1);
        grid.addColumn(t -> getTranslation("tool.hosting." + t.hosting().name()))
                .setHeader(getTranslation("tool.field.hosting"))
                .setAutoWidth(true);
        grid.setItems(
                query -> tools.list(text.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("tools.title"));
        grid.setId("tools");
        grid.setHeight("60vh");
        grid.setEmptyStateText(getTranslation("tools.empty"));
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        if (tools.mayRegister()) {
            Button create = new Button(
                    getTranslation("tool.action.create"),
                    VaadinIcon.PLUS.create(),
                    click -> ToolDialogs.facts(
                            this, tools, null, saved -> RecordNavigation.openAtTop(this, ToolView.class, saved.id())));
            create.setId("create-tool");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        add(heading, intro, toolbar, grid);
    }

    @Override
    public String viewTitle() {
        return getTranslation("tools.title");
    }
}
