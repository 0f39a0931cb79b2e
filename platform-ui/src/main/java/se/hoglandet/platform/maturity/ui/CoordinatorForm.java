package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.ui.form.DraftForm;

/**
 * Naming a coordinator: the organisation, then one of its people (offered once the organisation is chosen). The core
 * takes the two ids, so the draft is that pair.
 */
class CoordinatorForm extends Composite<FormLayout> implements DraftForm<CoordinatorForm.Choice> {

    /** A person to coordinate for an organisation. */
    record Choice(Long organisationId, Person person) {}

    private final ComboBox<Long> organisation = new ComboBox<>();
    private final ComboBox<Person> person = new ComboBox<>();
    private Consumer<String> explain = reason -> {};

    /**
     * @param organisations the organisations the reader may name a coordinator for: id → name
     * @param candidates    an organisation's people, asked for when it is chosen
     */
    CoordinatorForm(Map<Long, String> organisations, Function<Long, List<Person>> candidates) {
        organisation.setLabel(getTranslation("maturity.coordinatorFor"));
        organisation.setItems(organisations.keySet());
        organisation.setItemLabelGenerator(id -> organisations.getOrDefault(id, ""));
        organisation.setRequiredIndicatorVisible(true);
        organisation.setId("coordinator-organisation");
        person.setLabel(getTranslation("maturity.coordinator"));
        person.setItemLabelGenerator(Person::displayName);
        person.setRequiredIndicatorVisible(true);
        person.setId("coordinator-person");
        organisation.addValueChangeListener(change -> {
            person.clear();
            person.setItems(change.getValue() == null ? List.of() : candidates.apply(change.getValue()));
        });
        getContent().add(organisation, person);
    }

    @Override
    public void edit(Choice draft) {
        organisation.setValue(draft.organisationId());
        person.setValue(draft.person());
    }

    @Override
    public Optional<Choice> validDraft() {
        boolean complete = required(organisation) & required(person);
        if (!complete) {
            explain.accept(getTranslation("maturity.error.coordinator"));
            return Optional.empty();
        }
        return Optional.of(new Choice(organisation.getValue(), person.getValue()));
    }

    @Override
    public void explainWith(Consumer<String> explain) {
        this.explain = explain;
    }

    private boolean required(ComboBox<?> field) {
        boolean chosen = field.getValue() != null;
        field.setInvalid(!chosen);
        field.setErrorMessage(chosen ? null : getTranslation("maturity.error.coordinator"));
        return chosen;
    }
}
