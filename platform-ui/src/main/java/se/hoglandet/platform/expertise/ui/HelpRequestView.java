package se.hoglandet.platform.expertise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.expertise.HelpRequest;
import se.hoglandet.platform.expertise.HelpRequestDetail;
import se.hoglandet.platform.expertise.HelpService;
import se.hoglandet.platform.expertise.HoursGiven;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.ui.form.RecordDialog;
import se.hoglandet.platform.ui.form.TextDialog;

/**
 * One request for help: what, whose, how many hours by when; the expert's manager approves or declines it (with a
 * reason), the expert records the hours actually given until the approved hours are used.
 */
@Route("expertise/help/" + RouteIds.ID)
@PermitAll
public class HelpRequestView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final HelpService help;
    private Long id;
    private String title = "";

    HelpRequestView(HelpService help) {
        this.help = help;
        addClassName("page");
    }

    static RouteParameters id(Long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, () -> render(help.detail(id)));
    }

    private void render(HelpRequestDetail detail) {
        removeAll();
        HelpRequest request = detail.request();
        title = getTranslation("expertise.help.heading", request.expert().displayName());
        H2 heading = new H2(title);
        heading.setId("help-heading");
        DescriptionList facts = new DescriptionList();
        fact(facts, "expertise.field.what", request.what());
        fact(facts, "expertise.field.area", EnumLabel.of(this, "expertise.area", request.area()));
        fact(
                facts,
                "expertise.help.requester",
                request.requesterName() + ", " + request.requesterOrganisation().name());
        fact(
                facts,
                "expertise.help.expert",
                request.expert().displayName() + ", "
                        + request.expertOrganisation().name());
        fact(facts, "expertise.field.hours", Formats.decimal(request.hours(), 1));
        fact(facts, "expertise.field.neededBy", Formats.date(request.neededBy()));
        fact(facts, "expertise.help.status", EnumLabel.of(this, "expertise.helpStatus", request.status()));
        fact(facts, "expertise.help.declineReason", request.declineReason());
        fact(facts, "expertise.field.hoursLeftFact", Formats.decimal(detail.hoursLeft(), 1));
        add(heading, facts, toolbar(detail), section("expertise.help.hours", hours(detail)));
    }

    private FlexLayout toolbar(HelpRequestDetail detail) {
        FlexLayout toolbar = new FlexLayout();
        toolbar.addClassName("toolbar");
        long version = detail.request().version();
        if (detail.mayDecide()) {
            Button approve = new Button(getTranslation("expertise.help.approve"), click -> {
                if (attempt(() -> help.decide(id, version, true, null))) {
                    Feedback.done(this, "expertise.help.approved");
                    reload();
                }
            });
            approve.setId("approve-help");
            Button decline = new Button(
                    getTranslation("expertise.help.decline"),
                    click -> TextDialog.open(
                            this,
                            new TextDialog.Ask(
                                    "expertise.help.decline",
                                    "expertise.help.declineReason",
                                    "decline-reason",
                                    "",
                                    "expertise.error.reason"),
                            reason -> help.decide(id, version, false, reason),
                            "expertise.help.declined",
                            saved -> reload()));
            decline.setId("decline-help");
            toolbar.add(approve, decline);
        }
        if (detail.mayRecordHours()) {
            Button record = new Button(
                    getTranslation("expertise.help.recordHours"),
                    click -> new RecordDialog<>(
                                    getTranslation("expertise.help.recordHours"),
                                    new HoursForm(detail.hoursLeft()),
                                    draft -> help.recordHours(id, draft),
                                    "expertise.help.hoursSaved",
                                    saved -> reload())
                            .withSaveId("save-hours")
                            .open());
            record.setId("record-hours");
            toolbar.add(record);
        }
        return toolbar;
    }

    private Grid<HoursGiven> hours(HelpRequestDetail detail) {
        Grid<HoursGiven> grid = new Grid<>();
        grid.addColumn(h -> Formats.date(h.givenOn())).setHeader(getTranslation("expertise.field.givenOn"));
        grid.addColumn(h -> Formats.decimal(h.hours(), 1))
                .setHeader(getTranslation("expertise.field.hoursGiven"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(HoursGiven::note)
                .setHeader(getTranslation("expertise.field.note"))
                .setFlexGrow(3);
        grid.setItems(detail.hours());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText(getTranslation("expertise.help.hours.empty"));
        grid.setAriaLabel(getTranslation("expertise.help.hours"));
        grid.setId("help-hours-given");
        return grid;
    }

    private void reload() {
        render(help.detail(id));
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
