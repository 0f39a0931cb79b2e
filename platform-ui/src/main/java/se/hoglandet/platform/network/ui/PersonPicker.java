package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;

/**
 * A person of any organisation, looked up by name as the user types (one page at a time, never the whole
 * directory): a network's new member, an action's owner. Shows "Name, Organisation".
 */
final class PersonPicker {

    private PersonPicker() {}

    static ComboBox<Person> of(String label, PersonService people) {
        ComboBox<Person> picker = new ComboBox<>(label);
        picker.setItems(query ->
                people
                        .pickable(query.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream());
        picker.setItemLabelGenerator(PersonPicker::label);
        picker.setRequiredIndicatorVisible(true);
        return picker;
    }

    static String label(Person person) {
        return person.displayName() + ", " + person.organisation().name();
    }
}
