package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.procurement.Contract;
import se.hoglandet.platform.procurement.ContractRow;
import se.hoglandet.platform.procurement.ContractService;
import se.hoglandet.platform.procurement.ContractTerms;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.HistoryDialog;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordLinks;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * One contract: supplier, subject, the term with its options and notice deadline (flagged once passed), the value
 * (unless confidential to the reader), and the procurement behind it; its owner's procurement staff change it.
 */
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
        renderOrNotFound(event, this::reload);
    }

    private void reload() {
        render(contracts.detail(id));
    }

    private void render(ContractRow row) {
        removeAll();
        Contract c = row.contract();
        title = c.subject();
        H2 heading = new H2(c.subject());
        heading.setId("contract-heading");
        FlexLayout badges = new FlexLayout(
                Badge.of(EnumLabel.of(this, "procurement.category", c.category()), "badge"),
                Badge.of(EnumLabel.of(this, "visibility", c.visibility()), "badge contrast"));
        if (c.isDemo()) {
            badges.add(Badge.of(getTranslation("initiative.demo"), "badge warning"));
        }
        badges.addClassName("badges");
        add(heading, badges, actions(row), facts(row));
        if (c.procurementId() != null) {
            add(new Paragraph(RecordLinks.link(
                    getTranslation("contract.procurementLink"), ProcurementView.class, c.procurementId())));
        }
    }

    private FlexLayout actions(ContractRow row) {
        Contract c = row.contract();
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        if (row.mayEdit()) {
            Button edit = new Button(getTranslation("contract.action.edit"), click -> {
                ContractForm form = new ContractForm();
                form.edit(row.draft());
                new RecordDialog<>(
                                getTranslation("contract.action.edit"),
                                form,
                                draft -> contracts.update(c.id(), c.version(), draft),
                                "contract.saved",
                                saved -> reload())
                        .withSaveId("save-contract")
                        .open();
            });
            edit.setId("edit-contract");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
        }
        Button history = new Button(
                getTranslation("organisations.history"),
                click -> new HistoryDialog(audit, "contract", c.id(), c.subject()).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(history);
        return actions;
    }

    private DescriptionList facts(ContractRow row) {
        Contract c = row.contract();
        ContractTerms terms = row.terms();
        DescriptionList facts = new DescriptionList();
        fact(facts, "contract.field.organisation", c.ownerOrganisation().name());
        fact(facts, "contract.field.supplier", c.supplier());
        fact(facts, "contract.field.startsOn", Formats.date(c.startsOn()));
        fact(facts, "contract.field.endsOn", Formats.date(c.endsOn()));
        fact(
                facts,
                "contract.options",
                getTranslation(
                        "contract.optionsText",
                        terms.extensionMonths().size(),
                        c.extensionsUsed(),
                        terms.optionsLeft()));
        fact(facts, "contract.currentEnd", Formats.date(terms.currentEnd()));
        fact(facts, "contract.maximumEnd", Formats.date(terms.maximumEnd()));
        fact(
                facts,
                "contract.noticeDeadline",
                getTranslation(
                        terms.noticeDeadlinePassed(Formats.today())
                                ? "contract.noticeTextPassed"
                                : "contract.noticeText",
                        Formats.date(terms.noticeDeadline()),
                        c.noticeMonths()));
        fact(
                facts,
                "contract.field.value",
                row.valueHidden() ? getTranslation("contract.confidential") : Formats.money(row.value()));
        fact(facts, "contract.field.owner", c.contractOwner());
        facts.setId("contract-facts");
        return facts;
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
