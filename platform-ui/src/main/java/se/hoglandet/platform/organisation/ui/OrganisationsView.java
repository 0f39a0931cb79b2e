package se.hoglandet.platform.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.organisation.NewCompany;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationChange;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.organisation.OrganisationSettings;
import se.hoglandet.platform.ui.HistoryDialog;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.error.UserMessages;

/**
 * The organisations: everyone signed in sees the list; administrators add, rename and (de)activate the companies
 * they manage. The buttons only mirror what the service allows; the service decides.
 */
@Route("organisations")
@Menu(title = "nav.organisations", order = 90)
@PermitAll
public class OrganisationsView extends Main implements PortalView {

    private final OrganisationService organisations;
    private final AuditService audit;
    private final Grid<Organisation> grid = new Grid<>();
    private final Checkbox showInactive = new Checkbox();
    private Section settings;

    OrganisationsView(OrganisationService organisations, AuditService audit) {
        this.organisations = organisations;
        this.audit = audit;
        addClassName("page");
        boolean administrator = organisations.mayAdminister();

        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.addClassName("toolbar");
        if (administrator) {
            showInactive.setLabel(getTranslation("organisations.showInactive"));
            showInactive.setId("show-inactive");
            showInactive.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
            List<Organisation> managed = organisations.municipalitiesManagedByMe();
            Button add = new Button(
                    getTranslation("organisations.addCompany"),
                    VaadinIcon.PLUS.create(),
                    click -> openEditor(CompanyDraft.newIn(managed.getFirst()), managed));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("add-company");
            add.setVisible(!managed.isEmpty());
            toolbar.add(add, showInactive);
        }

        grid.addColumn(Organisation::name)
                .setHeader(getTranslation("organisations.column.name"))
                .setKey("name")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(o -> getTranslation("organisation.kind." + o.kind().name()))
                .setHeader(getTranslation("organisations.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(o -> o.parent() == null ? "" : o.parent().name())
                .setHeader(getTranslation("organisations.column.parent"))
                .setAutoWidth(true);
        grid.addColumn(o -> o.organisationNumber() == null ? "" : o.organisationNumber())
                .setHeader(getTranslation("organisations.column.organisationNumber"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("organisations.column.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("organisations.column.actions"))
                .setAutoWidth(true);
        grid.setItems(query -> {
            Sort sort = query.getSortOrders().isEmpty()
                    ? Sort.by("name")
                    : Sort.by(
                            query.getSortOrders().getFirst().getDirection() == SortDirection.DESCENDING
                                    ? Sort.Direction.DESC
                                    : Sort.Direction.ASC,
                            "name");
            return organisations
                    .list(showInactive.getValue(), PageRequest.of(query.getPage(), query.getPageSize(), sort))
                    .stream();
        });
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("organisations.title"));
        grid.setId("organisations");
        grid.setHeight("60vh");
        add(toolbar, grid);
        OrganisationSettings own = organisations.mySettings();
        if (own.mayChange()) {
            settings = separationOfDuties(own);
            add(settings);
        }
    }

    /** The own organisation's administrator decides whether the last signer of an assessment may also decide. */
    private Section separationOfDuties(OrganisationSettings settings) {
        Checkbox allowed = new Checkbox(getTranslation("organisations.settings.lastSignerMayDecide"));
        allowed.setId("last-signer-may-decide");
        allowed.setValue(settings.lastSignerMayDecide());
        allowed.setHelperText(getTranslation("organisations.settings.lastSignerMayDecide.help"));
        allowed.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                organisations.allowLastSignerToDecide(settings.organisationId(), settings.version(), change.getValue());
                Notification.show(
                                getTranslation("organisations.settings.saved"),
                                3000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RuntimeException refused) {
                String key = UserMessages.keyFor(refused);
                if (key == null) {
                    throw refused;
                }
                allowed.setValue(change.getOldValue());
                Notification.show(getTranslation(key), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            replaceSettings();
        });
        Section section = new Section(
                new H2(getTranslation("organisations.settings.title", settings.organisationName())), allowed);
        section.setId("organisation-settings");
        section.addClassName("initiative-section");
        return section;
    }

    /** Re-reads the settings, so that the next change carries the new version. */
    private void replaceSettings() {
        Section fresh = separationOfDuties(organisations.mySettings());
        replace(settings, fresh);
        settings = fresh;
    }

    private Span status(Organisation organisation) {
        String text = getTranslation(
                organisation.isActive() ? "organisations.status.active" : "organisations.status.inactive");
        if (organisation.isDemo()) {
            text += " · " + getTranslation("organisations.status.demo");
        }
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(organisation.isActive() ? "badge success" : "badge contrast");
        return badge;
    }

    private HorizontalLayout actions(Organisation organisation) {
        Button history = new Button(
                getTranslation("organisations.history"),
                click -> new HistoryDialog(audit, "organisation", organisation.id(), organisation.name()).open());
        history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        history.setAriaLabel(getTranslation("organisations.history") + ": " + organisation.name());
        HorizontalLayout actions = new HorizontalLayout(history);
        if (!organisations.canManage(organisation)) {
            return actions;
        }
        Button edit = new Button(
                getTranslation("organisations.edit"), click -> openEditor(CompanyDraft.of(organisation), List.of()));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("organisations.editNamed", organisation.name()));
        Button toggle = organisation.isActive()
                ? new Button(
                        getTranslation("organisations.deactivate"),
                        click -> run(() -> organisations.deactivate(organisation.id(), organisation.version())))
                : new Button(
                        getTranslation("organisations.reactivate"),
                        click -> run(() -> organisations.reactivate(organisation.id(), organisation.version())));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toggle.setAriaLabel(toggle.getText() + ": " + organisation.name());
        actions.add(edit, toggle);
        return actions;
    }

    private void openEditor(CompanyDraft draft, List<Organisation> municipalities) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(draft.isNew() ? "organisations.addCompany" : "organisations.edit"));
        CompanyForm form = new CompanyForm(draft.isNew() ? municipalities : List.of(draft.getMunicipality()));
        form.edit(draft);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.validDraft().ifPresent(valid -> {
                    try {
                        if (valid.isNew()) {
                            organisations.addCompany(new NewCompany(
                                    valid.getMunicipality().id(), valid.getName(), valid.getOrganisationNumber()));
                        } else {
                            organisations.update(new OrganisationChange(
                                    valid.getOrganisationId(),
                                    valid.getVersion(),
                                    valid.getName(),
                                    valid.getOrganisationNumber()));
                        }
                        dialog.close();
                        saved();
                    } catch (RuntimeException refused) {
                        String key = UserMessages.keyFor(refused);
                        if (key == null) {
                            throw refused;
                        }
                        // The dialog stays open with what the user typed, so nothing is lost.
                        form.showServerError(getTranslation(key));
                    }
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-company");
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void run(Runnable change) {
        change.run();
        saved();
    }

    private void saved() {
        grid.getDataProvider().refreshAll();
        Notification.show(getTranslation("action.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String viewTitle() {
        return getTranslation("organisations.title");
    }
}
