package se.hoglandet.platform.person.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.person.FunctionalMailboxService;
import se.hoglandet.platform.person.RoutingDuty;
import se.hoglandet.platform.ui.PortalView;

/**
 * Federation staff's view of where requests would reach nobody: every organisation with a duty that routing needs
 * (incidents, data protection, registry) held by no active person and no functional mailbox.
 */
@Route("federation/routing")
@Menu(title = "nav.routingCoverage", order = 92)
@RolesAllowed("FEDERATION_STAFF")
public class RoutingCoverageView extends Main implements PortalView {

    RoutingCoverageView(FunctionalMailboxService mailboxes) {
        addClassName("page");
        Map<Organisation, Set<RoutingDuty>> gaps = mailboxes.unstaffedDutiesEverywhere();
        add(new H2(viewTitle()), new Paragraph(getTranslation("routing.coverage.help")));
        if (gaps.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("routing.coverage.none"));
            none.setId("routing-coverage-none");
            add(none);
            return;
        }
        Grid<Map.Entry<Organisation, Set<RoutingDuty>>> grid = new Grid<>();
        grid.addColumn(gap -> gap.getKey().name())
                .setHeader(getTranslation("organisations.column.name"))
                .setAutoWidth(true);
        grid.addColumn(gap -> gap.getValue().stream()
                        .map(duty -> getTranslation("routing.duty." + duty.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("routing.coverage.duties"))
                .setFlexGrow(2);
        grid.setItems(gaps.entrySet());
        grid.setId("routing-coverage");
        grid.setAriaLabel(viewTitle());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    @Override
    public String viewTitle() {
        return getTranslation("routing.coverage.title");
    }
}
