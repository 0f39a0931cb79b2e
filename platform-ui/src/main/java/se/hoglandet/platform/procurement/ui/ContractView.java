package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.procurement.Contract;
import se.hoglandet.platform.procurement.ContractRow;
import se.hoglandet.platform.procurement.ContractService;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.HistoryDialog;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;

/** One contract: supplier, subject, the term with its options and notice deadline, the value (unless confidential). */
@Route("contracts/" + RouteIds.ID)
@PermitAll
public class ContractView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final ContractService contracts;
    private final AuditService audit;
    private Long id;
    private String title = "";

    ContractView(ContractService contracts, AuditService audit) {
        this.contracts = contracts;
        this.audit = audit;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, () -> {
            render(contracts.detail(id));
        });
    }

    private void render(ContractRow row) {
        removeAll();
        Contract c = row.contract();
        title = c.subject();
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        H2 heading = new H2(c.subject());
        heading.setId("contract-heading");
        FlexLayout badges = new FlexLayout(
                Badge.of(getTranslation("procurement.category." + c.category().name()), "badge"),
                Badge.of(getTranslation("visibility." + c.visibility().name()), "badge contrast"));
        if (c.isDemo()) {
            badges.add(Badge.of(getTranslation("initiative.demo"), "badge warning"));
        }
        badges.addClassName("badges");
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        if (row.mayEdit()) {
            Button edit = new Button(
                    getTranslation("contract.action.edit"),
                    click -> new ContractDialog(contracts, row, saved -> {
                                Notification.show(
                                                getTranslation("action.saved"),
                                                3000,
                                                Notification.Position.BOTTOM_START)
                                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                                render(contracts.detail(id));
                            })
                            .open());
            edit.setId("edit-contract");
            actions.add(edit);
        }
        Button history = new Button(
                getTranslation("organisations.history"),
                click -> new HistoryDialog(audit, "contract", c.id(), c.subject()).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(history);
        DescriptionList facts = new DescriptionList();
        fact(facts, "course.field.organiser", c.ownerOrganisation().name());
        fact(facts, "contract.field.supplier", c.supplier());
        fact(facts, "contract.field.startsOn", date.format(c.startsOn()));
        fact(facts, "contract.field.endsOn", date.format(c.endsOn()));
        fact(
                facts,
                "contract.options",
                getTranslation(
                        "contract.optionsText",
                        row.terms().extensionMonths().size(),
                        c.extensionsUsed(),
                        row.terms().optionsLeft()));
        fact(facts, "contract.currentEnd", date.format(row.terms().currentEnd()));
        fact(facts, "contract.maximumEnd", date.format(row.terms().maximumEnd()));
        fact(
                facts,
                "contract.noticeDeadline",
                getTranslation("contract.noticeText", date.format(row.terms().noticeDeadline()), c.noticeMonths()));
        fact(
                facts,
                "contract.field.value",
                row.valueHidden()
                        ? getTranslation("contract.confidential")
                        : row.value() == null ? null : row.value().toPlainString() + " kr");
        fact(facts, "contract.field.owner", c.contractOwner());
        add(heading, badges, actions, facts);
        if (c.procurementId() != null) {
            add(new Anchor("procurements/" + c.procurementId(), getTranslation("contract.procurementLink")));
        }
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
