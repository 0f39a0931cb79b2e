package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import se.hoglandet.platform.maturity.MaturityModel;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.maturity.SurveyCycle;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.PortalView;

/**
 * Maturity surveys: the cycles (open and past) with links to answering and to the overviews; federation staff start
 * cycles and keep the models (download as JSON, import a new version).
 */
@Route("maturity")
@Menu(title = "nav.maturity", order = 50)
@PermitAll
public class MaturityView extends Main implements PortalView {

    private final MaturityService maturity;
    private final OrganisationService organisations;
    private final Grid<SurveyCycle> cycles = new Grid<>();

    MaturityView(MaturityService maturity, OrganisationService organisations) {
        this.maturity = maturity;
        this.organisations = organisations;
        addClassName("page");
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        add(new H2(getTranslation("maturity.title")), new Paragraph(getTranslation("maturity.intro")));
        FlexLayout toolbar = new FlexLayout();
        toolbar.addClassName("toolbar");
        boolean staff = maturity.mayPlanCycles();
        if (staff) {
            Button create = new Button(getTranslation("maturity.action.createCycle"), click -> cycleDialog());
            create.setId("create-cycle");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        add(toolbar);
        cycles.addComponentColumn(c -> new Anchor("maturity/cycles/" + c.id(), c.name()))
                .setHeader(getTranslation("maturity.cycle"))
                .setFlexGrow(2);
        cycles.addColumn(c -> c.model().name())
                .setHeader(getTranslation("maturity.model"))
                .setAutoWidth(true);
        cycles.addColumn(c -> date.format(c.opensOn()) + " – " + date.format(c.closesOn()))
                .setHeader(getTranslation("maturity.period"))
                .setAutoWidth(true);
        cycles.addColumn(c -> getTranslation(
                        c.closed() || c.closesOn().isBefore(LocalDate.now()) ? "maturity.closed" : "maturity.open"))
                .setHeader(getTranslation("academy.column.status"))
                .setAutoWidth(true);
        cycles.setItems(maturity.cycles());
        cycles.setAllRowsVisible(true);
        cycles.setAriaLabel(getTranslation("maturity.cycles"));
        cycles.setEmptyStateText(getTranslation("maturity.noCycles"));
        cycles.setId("cycles");
        add(new Section(new H2(getTranslation("maturity.cycles")), cycles));
        add(models(staff));
    }

    private Section models(boolean staff) {
        Grid<MaturityModel> grid = new Grid<>();
        grid.addColumn(MaturityModel::name)
                .setHeader(getTranslation("maturity.model"))
                .setFlexGrow(2);
        grid.addColumn(MaturityModel::modelVersion)
                .setHeader(getTranslation("maturity.version"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> {
                    Anchor json = new Anchor(
                            DownloadHandler.fromInputStream(event -> {
                                byte[] bytes = maturity.exportModel(m.id()).getBytes(StandardCharsets.UTF_8);
                                return new DownloadResponse(
                                        new ByteArrayInputStream(bytes),
                                        m.modelKey() + "-v" + m.modelVersion() + ".json",
                                        "application/json",
                                        bytes.length);
                            }),
                            getTranslation("maturity.model.download"));
                    json.getElement()
                            .setAttribute(
                                    "aria-label",
                                    getTranslation("maturity.model.downloadNamed", m.name(), m.modelVersion()));
                    return json;
                })
                .setHeader(getTranslation("maturity.model.json"))
                .setAutoWidth(true);
        grid.setItems(maturity.models());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("maturity.models"));
        Section section = new Section(new H2(getTranslation("maturity.models")), grid);
        if (staff) {
            TextArea json = new TextArea(getTranslation("maturity.model.import"));
            json.setWidthFull();
            json.setId("model-json");
            FormError error = new FormError();
            Button importModel = new Button(getTranslation("maturity.model.importAction"), click -> {
                if (error.attempt(() -> maturity.importModel(json.getValue()))) {
                    grid.setItems(maturity.models());
                    json.clear();
                }
            });
            importModel.setId("import-model");
            section.add(error, json, importModel);
        }
        return section;
    }

    private void cycleDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("maturity.action.createCycle"));
        TextField name = new TextField(getTranslation("maturity.cycle"));
        name.setId("cycle-name");
        ComboBox<MaturityModel> model = new ComboBox<>(getTranslation("maturity.model"));
        model.setItems(maturity.models());
        model.setItemLabelGenerator(m -> m.name() + " (v" + m.modelVersion() + ")");
        maturity.models().stream().findFirst().ifPresent(model::setValue);
        DatePicker opens = new DatePicker(getTranslation("maturity.opens"));
        opens.setValue(LocalDate.now());
        DatePicker closes = new DatePicker(getTranslation("maturity.closes"));
        closes.setValue(LocalDate.now().plusWeeks(4));
        MultiSelectComboBox<Organisation> participants =
                new MultiSelectComboBox<>(getTranslation("maturity.organisations"));
        participants.setItems(organisations.pickable());
        participants.setItemLabelGenerator(Organisation::name);
        participants.setId("cycle-organisations");
        FormError error = new FormError();
        Button save = new Button(getTranslation("action.save"), click -> {
            SurveyCycle[] created = new SurveyCycle[1];
            if (error.attempt(() -> created[0] = maturity.createCycle(
                    name.getValue(),
                    model.getValue() == null ? null : model.getValue().id(),
                    opens.getValue(),
                    closes.getValue(),
                    participants.getValue().stream().map(Organisation::id).collect(Collectors.toSet())))) {
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("maturity/cycles/" + created[0].id()));
            }
        });
        save.setId("save-cycle");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(error, new FormLayout(name, model, opens, closes, participants));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.setWidth("min(44em, 95vw)");
        dialog.open();
    }

    @Override
    public String viewTitle() {
        return getTranslation("maturity.title");
    }
}
