package se.hoglandet.platform.expertise.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.hoglandet.platform.expertise.ExpertiseOverview;
import se.hoglandet.platform.expertise.HelpService;
import se.hoglandet.platform.ui.EChart;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;

/**
 * The federation's overview of shared expertise: hours each organisation's experts lent to others and hours it
 * borrowed, per area and in total for a year, as a chart and as tables — the basis for settling costs.
 */
@Route("expertise/overview")
@RolesAllowed("FEDERATION_STAFF")
public class ExpertiseOverviewView extends Main implements PortalView, PageParts {

    private final HelpService help;
    private final Div figures = new Div();

    ExpertiseOverviewView(HelpService help) {
        this.help = help;
        addClassName("page");
        int thisYear = Formats.today().getYear();
        Select<Integer> year = new Select<>();
        year.setLabel(getTranslation("expertise.overview.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setValue(thisYear);
        year.setId("overview-year");
        year.addValueChangeListener(change -> show(change.getValue()));
        add(year, figures);
        show(thisYear);
    }

    private void show(int year) {
        ExpertiseOverview overview = help.federationOverview(year);
        figures.removeAll();
        List<ExpertiseOverview.Row> totals = overview.totals();
        String option = "{\"animation\":false,\"tooltip\":{\"trigger\":\"axis\"},\"legend\":{\"bottom\":0},"
                + "\"grid\":{\"left\":48,\"right\":16,\"top\":16,\"bottom\":90},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":["
                + totals.stream()
                        .map(r -> EChart.quote(r.organisation().name()))
                        .collect(Collectors.joining(","))
                + "],\"axisLabel\":{\"rotate\":30}},\"yAxis\":{\"type\":\"value\"},\"series\":["
                + series("expertise.overview.lent", totals, ExpertiseOverview.Row::lent) + ","
                + series("expertise.overview.borrowed", totals, ExpertiseOverview.Row::borrowed) + "]}";
        EChart chart = new EChart(
                option,
                totals.isEmpty()
                        ? getTranslation("expertise.overview.empty")
                        : getTranslation("expertise.overview.chart", year));
        chart.addClassNames("maturity-chart", "wide");
        figures.add(
                chart,
                section("expertise.overview.totals", table(totals, false, "overview-totals")),
                section("expertise.overview.byArea", table(overview.rows(), true, "overview-rows")));
    }

    private String series(
            String key, List<ExpertiseOverview.Row> rows, Function<ExpertiseOverview.Row, BigDecimal> of) {
        return "{\"name\":" + EChart.quote(getTranslation(key)) + ",\"type\":\"bar\",\"data\":["
                + rows.stream().map(r -> of.apply(r).toPlainString()).collect(Collectors.joining(",")) + "]}";
    }

    private Grid<ExpertiseOverview.Row> table(List<ExpertiseOverview.Row> rows, boolean byArea, String id) {
        Grid<ExpertiseOverview.Row> grid = new Grid<>();
        grid.addColumn(r -> r.organisation().name())
                .setHeader(getTranslation("expertise.column.organisation"))
                .setFlexGrow(2);
        if (byArea) {
            grid.addColumn(r -> EnumLabel.of(this, "expertise.area", r.area()))
                    .setHeader(getTranslation("expertise.field.area"))
                    .setFlexGrow(2);
        }
        grid.addColumn(r -> Formats.decimal(r.lent(), 1))
                .setHeader(getTranslation("expertise.overview.lent"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.decimal(r.borrowed(), 1))
                .setHeader(getTranslation("expertise.overview.borrowed"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("expertise.overview.empty"));
        grid.setAriaLabel(getTranslation(byArea ? "expertise.overview.byArea" : "expertise.overview.totals"));
        grid.setId(id);
        return grid;
    }

    @Override
    public String viewTitle() {
        return getTranslation("expertise.overview.title");
    }
}
