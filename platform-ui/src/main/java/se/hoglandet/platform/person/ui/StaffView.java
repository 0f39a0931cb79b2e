package se.hoglandet.platform.person.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import se.hoglandet.platform.person.DirectoryService;
import se.hoglandet.platform.person.FunctionalMailboxService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.StaffDraft;
import se.hoglandet.platform.person.StaffImportService;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * The organisation's staff directory, for its administrator: who the platform knows (before their first login, so
 * that requests reach them), their roles and nearest manager; adding, changing and ending people by hand or by CSV
 * import (local accounts; with Keycloak the directory is read from there), and the functional mailboxes.
 */
@Route("staff")
@Menu(title = "nav.staff", order = 91)
@RolesAllowed("ORG_ADMIN")
public class StaffView extends Main implements PortalView, PageParts {

    private final DirectoryService directory;
    private final StaffImportService imports;
    private final Grid<Person> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Checkbox withDeactivated = new Checkbox();
    private final boolean byHand;
    private final MailboxesPanel mailboxPanel;

    StaffView(
            DirectoryService directory,
            StaffImportService imports,
            FunctionalMailboxService mailboxes,
            PersonService people) {
        this.directory = directory;
        this.imports = imports;
        this.byHand = directory.keptByHand();
        this.mailboxPanel =
                new MailboxesPanel(mailboxes, people.myProfile().organisation().id(), true);
        addClassName("page");
        add(new H2(viewTitle()));
        add(new Paragraph(getTranslation(byHand ? "directory.intro.local" : "directory.intro.keycloak")));
        add(toolbar(), grid());
        add(mailboxPanel);
    }

    private FlexLayout toolbar() {
        text.setPlaceholder(getTranslation("directory.search"));
        text.setAriaLabel(getTranslation("directory.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("staff-search");
        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        withDeactivated.setLabel(getTranslation("directory.withDeactivated"));
        withDeactivated.setId("staff-with-deactivated");
        withDeactivated.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        FlexLayout toolbar = new FlexLayout(text, withDeactivated);
        toolbar.addClassName("toolbar");
        if (byHand) {
            Button add = new Button(getTranslation("directory.add"), click -> edit(null));
            add.setId("add-staff");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importCsv = new Button(
                    getTranslation("directory.import.title"),
                    click -> new StaffImportDialog(imports, this::changed).open());
            importCsv.setId("import-staff");
            toolbar.add(add, importCsv);
        }
        return toolbar;
    }

    private Grid<Person> grid() {
        grid.addColumn(Person::displayName)
                .setHeader(getTranslation("directory.field.name"))
                .setFlexGrow(2)
                .setSortable(false);
        grid.addColumn(Person::email)
                .setHeader(getTranslation("directory.field.email"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.roles().stream()
                        .map(role -> getTranslation("role." + role.name()))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("directory.field.roles"))
                .setFlexGrow(3);
        grid.addColumn(p -> p.manager() == null ? "" : p.manager().displayName())
                .setHeader(getTranslation("directory.field.manager"));
        grid.addComponentColumn(this::state)
                .setHeader(getTranslation("directory.column.state"))
                .setAutoWidth(true);
        if (byHand) {
            grid.addComponentColumn(this::actions)
                    .setHeader(getTranslation("organisations.column.actions"))
                    .setAutoWidth(true);
        }
        grid.setItems(query -> directory
                .myDirectory(
                        text.getValue(), withDeactivated.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        grid.setEmptyStateText(getTranslation("directory.empty"));
        grid.setAriaLabel(viewTitle());
        grid.setId("staff");
        return grid;
    }

    private Span state(Person person) {
        if (!person.isActive()) {
            return Badge.of(getTranslation("directory.state.deactivated"), "badge contrast");
        }
        return person.hasSignedIn()
                ? Badge.of(getTranslation("directory.state.signedIn"), "badge success")
                : Badge.of(getTranslation("directory.state.invited"), "badge");
    }

    private FlexLayout actions(Person person) {
        FlexLayout actions = new FlexLayout();
        if (!person.isActive()) {
            return actions;
        }
        Button change = new Button(getTranslation("organisations.edit"), click -> edit(person));
        change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        change.setAriaLabel(getTranslation("organisations.editNamed", person.displayName()));
        Button end = new Button(getTranslation("directory.deactivate"), click -> deactivate(person));
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        end.setAriaLabel(getTranslation("directory.deactivateNamed", person.displayName()));
        actions.add(change, end);
        return actions;
    }

    /** Adds a person ({@code null}) or changes one, in the one record dialog. */
    /** The list and the duty warnings follow every change of the staff: a new DPO can fill a gap. */
    private void changed() {
        grid.getDataProvider().refreshAll();
        mailboxPanel.render();
    }

    private void edit(Person person) {
        StaffForm form =
                new StaffForm(directory.givableRoles(), (filter, page) -> directory.myDirectory(filter, false, page));
        form.knowManager(person == null ? null : person.manager());
        form.edit(
                person == null
                        ? new StaffDraft("", "", java.util.Set.of(se.hoglandet.platform.shared.Role.MEMBER), null)
                        : new StaffDraft(
                                person.displayName(),
                                person.email(),
                                person.roles(),
                                person.manager() == null
                                        ? null
                                        : person.manager().id()));
        new RecordDialog<StaffDraft, Person>(
                        getTranslation(person == null ? "directory.add" : "directory.edit"),
                        form,
                        draft -> person == null
                                ? directory.add(draft)
                                : directory.update(person.id(), person.version(), draft),
                        person == null ? "directory.added" : "directory.saved",
                        saved -> changed())
                .withSaveId("save-staff")
                .open();
    }

    private void deactivate(Person person) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("directory.deactivate"),
                getTranslation("directory.deactivate.confirm", person.displayName()),
                getTranslation("directory.deactivate"),
                click -> {
                    if (attempt(() -> directory.deactivate(person.id(), person.version()))) {
                        Feedback.done(this, "directory.deactivated", person.displayName());
                        changed();
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String viewTitle() {
        return getTranslation("directory.title");
    }
}
