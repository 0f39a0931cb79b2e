package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.data.domain.PageRequest;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.InitiativeFilter;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeStatus;
import se.hoglandet.platform.initiative.PublicInitiative;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.PublicLayout;

/**
 * The public register: what the Höglandet organisations use AI for, readable without logging in. Only PUBLIC
 * initiatives, only their published fields; also as open data (JSON with an OpenAPI description, and CSV).
 */
@Route(value = "public/initiatives", layout = PublicLayout.class)
@AnonymousAllowed
public class PublicRegisterView extends Main implements PortalView {

    PublicRegisterView(InitiativeService initiatives) {
        addClassName("page");
        H1 heading = new H1(getTranslation("public.title"));
        Paragraph intro = new Paragraph(getTranslation("public.intro"));
        TextField text = new TextField(getTranslation("initiatives.filter.text"));
        text.setId("public-filter-text");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        ComboBox<Area> area = new ComboBox<>(getTranslation("initiatives.filter.area"), Area.values());
        area.setItemLabelGenerator(a -> EnumLabel.of(this, "initiative.area", a));
        area.setClearButtonVisible(true);
        ComboBox<InitiativeStatus> status =
                new ComboBox<>(getTranslation("initiatives.filter.status"), InitiativeStatus.values());
        status.setItemLabelGenerator(s -> EnumLabel.of(this, "initiative.status", s));
        status.setClearButtonVisible(true);
        Grid<PublicInitiative> grid = new Grid<>();
        grid.addComponentColumn(i -> new Anchor("public/initiatives/" + i.id(), i.title()))
                .setHeader(getTranslation("initiatives.column.title"))
                .setFlexGrow(3);
        grid.addColumn(i -> i.owner().name())
                .setHeader(getTranslation("initiatives.column.owner"))
                .setAutoWidth(true);
        grid.addColumn(i -> EnumLabel.of(this, "initiative.area", i.area()))
                .setHeader(getTranslation("initiatives.column.area"))
                .setAutoWidth(true);
        grid.addColumn(i -> EnumLabel.of(this, "initiative.status", i.status()))
                .setHeader(getTranslation("initiatives.column.status"))
                .setAutoWidth(true);
        grid.setItems(query -> initiatives
                .publicRegister(
                        new InitiativeFilter(
                                null, area.getValue(), status.getValue(), null, null, null, null, text.getValue()),
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        grid.setId("public-initiatives");
        grid.setAriaLabel(getTranslation("public.title"));
        grid.setHeight("60vh");
        grid.setEmptyStateText(getTranslation("initiatives.empty"));
        text.addValueChangeListener(c -> grid.getDataProvider().refreshAll());
        area.addValueChangeListener(c -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(c -> grid.getDataProvider().refreshAll());
        FlexLayout filters = new FlexLayout(text, area, status);
        filters.addClassName("filters");
        FlexLayout data = new FlexLayout(
                new Anchor("api/public/initiatives", getTranslation("public.json")),
                new Anchor("api/public/initiatives.csv", getTranslation("public.csv")),
                new Anchor("api/public/openapi.json", getTranslation("public.api")));
        data.addClassName("toolbar");
        add(heading, intro, filters, grid, data);
    }

    @Override
    public String viewTitle() {
        return getTranslation("public.title");
    }
}
