package se.hoglandet.platform.expertise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import se.hoglandet.platform.expertise.ExpertProfile;
import se.hoglandet.platform.expertise.ExpertiseService;
import se.hoglandet.platform.expertise.HelpService;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;

/**
 * Requests for help: the reader's own (asked by them or of them), those waiting for their decision as a manager,
 * and colleagues' offers to lend hours that wait for their approval.
 */
@Route("expertise/help")
@PermitAll
public class HelpRequestsView extends Main implements PortalView, PageParts {

    private final ExpertiseService expertise;
    private final HelpService help;

    HelpRequestsView(ExpertiseService expertise, HelpService help) {
        this.expertise = expertise;
        this.help = help;
        addClassName("page");
        render();
    }

    private void render() {
        removeAll();
        add(section(
                "expertise.help.toDecide",
                HelpRequestGrid.of(this, help.toDecide(), "help-to-decide", "expertise.help.toDecide.empty")));
        add(section(
                "expertise.help.mine",
                HelpRequestGrid.of(this, help.mine(), "help-mine", "expertise.help.mine.empty")));
        add(section("expertise.lending.toDecide", lending(expertise.lendingToDecide())));
    }

    private Grid<ExpertProfile> lending(List<ExpertProfile> offers) {
        Grid<ExpertProfile> grid = new Grid<>();
        grid.addColumn(p -> p.person().displayName())
                .setHeader(getTranslation("expertise.column.person"))
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation("expertise.hoursPerMonth", p.hoursPerMonth()))
                .setHeader(getTranslation("expertise.column.offered"))
                .setAutoWidth(true);
        grid.addComponentColumn(p -> new FlexLayout(decide(p, true), decide(p, false)))
                .setHeader(getTranslation("expertise.column.decide"))
                .setAutoWidth(true);
        grid.setItems(offers);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText(getTranslation("expertise.lending.toDecide.empty"));
        grid.setId("lending-to-decide");
        return grid;
    }

    private Button decide(ExpertProfile profile, boolean approve) {
        String key = approve ? "expertise.lending.approve" : "expertise.lending.decline";
        Button button = new Button(getTranslation(key), click -> {
            if (attempt(() -> expertise.decideLending(profile.id(), profile.version(), approve))) {
                Feedback.done(this, approve ? "expertise.lending.approved" : "expertise.lending.declined");
                render();
            }
        });
        button.setAriaLabel(getTranslation(key + "Named", profile.person().displayName()));
        button.setId((approve ? "approve-lending-" : "decline-lending-") + profile.id());
        return button;
    }

    @Override
    public String viewTitle() {
        return getTranslation("expertise.help.title");
    }
}
