package se.hoglandet.platform.person.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.StaffDraft;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.ui.form.DraftForm;

/** Name, e-mail, roles and nearest manager of a member of staff, over the core's {@link StaffDraft}. */
class StaffForm extends Composite<FormLayout> implements DraftForm<StaffDraft> {

    private final Binder<StaffDraft> binder = new Binder<>(StaffDraft.class);
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final ComboBox<Person> manager = new ComboBox<>();

    /** The people shown as managers so far, to turn the draft's manager id back into a person. */
    private final Map<Long, Person> seen = new HashMap<>();

    /**
     * @param givable  the roles the administrator may give
     * @param managers the organisation's active people by name, a page at a time (filter, page)
     */
    StaffForm(Set<Role> givable, BiFunction<String, Pageable, Page<Person>> managers) {
        name.setLabel(getTranslation("directory.field.name"));
        name.setId("staff-name");
        name.setMaxLength(200);
        email.setLabel(getTranslation("directory.field.email"));
        email.setId("staff-email");
        roles.setLabel(getTranslation("directory.field.roles"));
        roles.setId("staff-roles");
        roles.setItems(givable.stream().sorted().toList());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        manager.setLabel(getTranslation("directory.field.manager"));
        manager.setHelperText(getTranslation("directory.field.manager.help"));
        manager.setId("staff-manager");
        // Lazy: an organisation may have thousands of people.
        manager.setItems(query ->
                managers
                        .apply(query.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream()
                        .peek(person -> seen.put(person.id(), person)));
        manager.setItemLabelGenerator(p -> p.displayName() + (p.email() == null ? "" : " (" + p.email() + ")"));
        manager.setClearButtonVisible(true);

        binder.forField(name).asRequired(getTranslation("directory.error.name")).bind("displayName");
        binder.forField(email)
                .asRequired(getTranslation("directory.error.email"))
                .withValidator(new EmailValidator(getTranslation("directory.error.email")))
                .bind("email");
        binder.forField(roles)
                .withValidator(chosen -> !chosen.isEmpty(), getTranslation("directory.error.noRole"))
                .bind("roles");
        binder.forField(manager)
                .withConverter(person -> person == null ? null : person.id(), id -> id == null ? null : seen.get(id))
                .bind("managerId");

        getContent().add(name, email, manager, roles);
        getContent().setColspan(roles, 2);
    }

    /** Makes the current manager known before {@link #edit}, so the field shows them. */
    void knowManager(Person current) {
        if (current != null) {
            seen.put(current.id(), current);
        }
    }

    @Override
    public void edit(StaffDraft draft) {
        binder.readRecord(draft);
    }

    @Override
    public Optional<StaffDraft> validDraft() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }
}
