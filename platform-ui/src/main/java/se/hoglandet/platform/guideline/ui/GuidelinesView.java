package se.hoglandet.platform.guideline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.GuidelineAdoptionService;
import se.hoglandet.platform.guideline.GuidelineExchangeService;
import se.hoglandet.platform.guideline.GuidelineFilter;
import se.hoglandet.platform.guideline.GuidelineService;
import se.hoglandet.platform.guideline.GuidelineStatus;
import se.hoglandet.platform.ui.ActionButton;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordNavigation;

/**
 * The AI guidelines the reader may read as they stand now (the federation's template first, then by organisation),
 * lazily paged, and what the reader's organisation can start: its own guideline, the template adopted, a JSON file
 * imported. Comparison and the matrix across organisations are one click away.
 */
@Route("guidelines")
@Menu(title = "nav.guidelines", order = 29)
@PermitAll
public class GuidelinesView extends Main implements PortalView {

    GuidelinesView(GuidelineService guidelines, GuidelineAdoptionService adoption, GuidelineExchangeService exchange) {
        addClassName("page");
        TextField text = new TextField(getTranslation("guidelines.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        ComboBox<GuidelineStatus> status = new ComboBox<>(getTranslation("guideline.field.status"));
        status.setItems(GuidelineStatus.values());
        status.setItemLabelGenerator(s -> EnumLabel.of(this, "guideline.status", s));
        status.setClearButtonVisible(true);
        FlexLayout toolbar = new FlexLayout(text, status);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(FlexLayout.Alignment.BASELINE);

        Grid<Guideline> grid = new Grid<>();
        grid.addComponentColumn(GuidelinesView::link)
                .setHeader(getTranslation("guideline.field.title"))
                .setFlexGrow(3);
        grid.addColumn(g -> g.ownerOrganisation().name())
                .setHeader(getTranslation("guideline.field.organisation"))
                .setFlexGrow(1);
        grid.addColumn(Guideline::versionNumber)
                .setHeader(getTranslation("guideline.field.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(g -> EnumLabel.of(this, "guideline.status", g.status()))
                .setHeader(getTranslation("guideline.field.status"))
                .setAutoWidth(true);
        grid.addColumn(g -> g.decidedOn() == null ? "" : Formats.date(g.decidedOn()))
                .setHeader(getTranslation("guideline.field.decidedOn"))
                .setAutoWidth(true);
        grid.setItems(query -> guidelines
                .list(
                        new GuidelineFilter(text.getValue(), null, status.getValue()),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("guidelines.title"));
        grid.setEmptyStateText(getTranslation("guidelines.empty"));
        grid.setId("guidelines");
        grid.setHeight("60vh");
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new H2(getTranslation("guidelines.title")), new Paragraph(getTranslation("guidelines.intro")));
        add(mine(guidelines.mine(), guidelines, adoption, exchange), toolbar, grid);
    }

    /** What the reader's organisation has and can start, and the ways to look across organisations. */
    private FlexLayout mine(
            GuidelineService.MyGuideline mine,
            GuidelineService guidelines,
            GuidelineAdoptionService adoption,
            GuidelineExchangeService exchange) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        if (mine.newestId() != null) {
            RouterLink own = new RouterLink(
                    getTranslation("guidelines.mine"),
                    GuidelineView.class,
                    new RouteParameters("id", String.valueOf(mine.newestId())));
            own.setId("my-guideline");
            actions.add(own);
        }
        if (mine.mayCreate()) {
            Button create = new Button(
                    getTranslation("guideline.action.create"),
                    click -> GuidelineDialogs.create(this, guidelines, this::open));
            create.setId("create-guideline");
            actions.add(create);
        }
        if (mine.adoptableTemplateId() != null) {
            actions.add(new ActionButton(
                            getTranslation("guideline.action.adopt"),
                            "adopt-template",
                            () -> adoption.adopt(mine.adoptableTemplateId()),
                            "guideline.adopted",
                            this::open)
                    .primary());
        }
        if (mine.mayImport()) {
            Button importJson = new Button(
                    getTranslation("guideline.action.import"),
                    click -> new GuidelineImportDialog(exchange, this::open).open());
            importJson.setId("import-guideline");
            importJson.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(importJson);
        }
        RouterLink compare = new RouterLink(getTranslation("guideline.compare.title"), GuidelineCompareView.class);
        compare.setId("compare-guidelines");
        RouterLink matrix = new RouterLink(getTranslation("guideline.matrix.title"), GuidelineMatrixView.class);
        matrix.setId("guideline-matrix");
        actions.add(compare, matrix);
        return actions;
    }

    private void open(Guideline guideline) {
        RecordNavigation.openAtTop(this, GuidelineView.class, guideline.id());
    }

    /** A guideline's whole title with its organisation's name, linking to its page. */
    static RouterLink link(Guideline guideline) {
        return new RouterLink(
                guideline.title(), GuidelineView.class, new RouteParameters("id", String.valueOf(guideline.id())));
    }

    @Override
    public String viewTitle() {
        return getTranslation("guidelines.title");
    }
}
