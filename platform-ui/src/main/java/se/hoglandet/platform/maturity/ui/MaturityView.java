package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.hoglandet.platform.maturity.MaturityModel;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.maturity.SurveyCycle;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.ui.DownloadLink;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PageTop;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * Maturity surveys: the cycles (open and past) with links to answering and to the overviews; federation staff start
 * cycles and keep the models (download as JSON, upload a new version with a preview, {@link ModelImport}).
 */
@Route("maturity")
@Menu(title = "nav.maturity", order = 50)
@PermitAll
public class MaturityView extends Main implements PortalView, PageParts {

    private final MaturityService maturity;
    private final Div models = new Div();

    MaturityView(MaturityService maturity, OrganisationService organisations) {
        this.maturity = maturity;
        addClassName("page");
        boolean staff = maturity.mayPlanCycles();
        FlexLayout toolbar = new FlexLayout();
        toolbar.addClassName("toolbar");
        if (staff) {
            Button create =
                    new Button(getTranslation("maturity.action.createCycle"), click -> createCycle(organisations));
            create.setId("create-cycle");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        add(
                new H2(getTranslation("maturity.title")),
                new Paragraph(getTranslation("maturity.intro")),
                toolbar,
                section("maturity.cycles", cycles()),
                section("maturity.models", models));
        showModels(staff);
    }

    private Grid<SurveyCycle> cycles() {
        Grid<SurveyCycle> grid = new Grid<>();
        grid.addComponentColumn(c ->
                        new RouterLink(c.name(), CycleView.class, new RouteParameters("id", String.valueOf(c.id()))))
                .setHeader(getTranslation("maturity.cycle"))
                .setFlexGrow(3);
        grid.addColumn(c -> c.model().name())
                .setHeader(getTranslation("maturity.model"))
                .setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.opensOn()) + " – " + Formats.date(c.closesOn()))
                .setHeader(getTranslation("maturity.period"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(
                        c.closed() || c.closesOn().isBefore(Formats.today()) ? "maturity.closed" : "maturity.open"))
                .setHeader(getTranslation("academy.column.status"))
                .setAutoWidth(true);
        // The cycles: a few a year, for the whole federation.
        grid.setItems(maturity.cycles());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("maturity.cycles"));
        grid.setEmptyStateText(getTranslation("maturity.noCycles"));
        grid.setId("cycles");
        return grid;
    }

    private void showModels(boolean staff) {
        models.removeAll();
        List<MaturityModel> all = maturity.models();
        Grid<MaturityModel> grid = new Grid<>();
        grid.addColumn(MaturityModel::name)
                .setHeader(getTranslation("maturity.model"))
                .setFlexGrow(2);
        grid.addColumn(MaturityModel::modelVersion)
                .setHeader(getTranslation("maturity.version"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> {
                    Anchor json = DownloadLink.of(
                            getTranslation("maturity.model.download"),
                            m.modelKey() + "-v" + m.modelVersion() + ".json",
                            "application/json",
                            () -> maturity.exportModel(m.id()).getBytes(StandardCharsets.UTF_8));
                    json.getElement()
                            .setAttribute(
                                    "aria-label",
                                    getTranslation("maturity.model.downloadNamed", m.name(), m.modelVersion()));
                    return json;
                })
                .setHeader(getTranslation("maturity.model.json"))
                .setAutoWidth(true);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("maturity.models"));
        grid.setEmptyStateText(getTranslation("maturity.noModels"));
        grid.setId("models");
        models.add(grid);
        if (staff) {
            models.add(new ModelImport(maturity, all, () -> showModels(true)));
        }
    }

    /** A new cycle opens at its top once started. */
    private void createCycle(OrganisationService organisations) {
        List<MaturityModel> all = maturity.models();
        CycleForm form = new CycleForm(all, organisations.pickable());
        form.edit(CycleForm.newCycle(all));
        RecordDialog<CycleDraft, SurveyCycle> dialog = new RecordDialog<>(
                getTranslation("maturity.action.createCycle"),
                form,
                draft -> maturity.createCycle(
                        draft.name(), draft.modelId(), draft.opensOn(), draft.closesOn(), draft.organisationIds()),
                "maturity.cycleCreated",
                cycle -> getUI().ifPresent(ui -> {
                    ui.navigate(CycleView.class, new RouteParameters("id", String.valueOf(cycle.id())));
                    PageTop.show(ui);
                }));
        dialog.withSaveText(getTranslation("maturity.action.startCycle"))
                .withSaveId("save-cycle")
                .open();
    }

    @Override
    public String viewTitle() {
        return getTranslation("maturity.title");
    }
}
