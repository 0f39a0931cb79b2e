package se.hoglandet.platform.ui.form;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A form of one required choice from a list, e.g. the member of staff to enrol or the person to invite. The core
 * takes the chosen item's id, so there is no draft record: the choice is the draft.
 *
 * @param <T> what is chosen, e.g. {@code Person}
 */
public class ChoiceForm<T> extends Composite<FormLayout> implements DraftForm<T> {

    private final ComboBox<T> choice;
    private final String requiredMessage;
    private Consumer<String> explain = reason -> {};

    /**
     * @param label           the field's label
     * @param items           what may be chosen
     * @param itemLabel       how an item is named in the list
     * @param requiredMessage what the field (and the dialog) says when nothing is chosen
     */
    public ChoiceForm(String label, Collection<T> items, ItemLabelGenerator<T> itemLabel, String requiredMessage) {
        this.requiredMessage = requiredMessage;
        choice = new ComboBox<>(label);
        choice.setItems(items);
        choice.setItemLabelGenerator(itemLabel);
        choice.setRequiredIndicatorVisible(true);
        choice.setWidthFull();
        getContent().add(choice);
    }

    @Override
    public void edit(T draft) {
        choice.setValue(draft);
        choice.setInvalid(false);
    }

    @Override
    public Optional<T> validDraft() {
        T chosen = choice.getValue();
        choice.setInvalid(chosen == null);
        if (chosen == null) {
            choice.setErrorMessage(requiredMessage);
            explain.accept(requiredMessage);
        }
        return Optional.ofNullable(chosen);
    }

    @Override
    public void explainWith(Consumer<String> explain) {
        this.explain = explain;
    }

    /** The field itself, for an id and for tests. */
    public ComboBox<T> field() {
        return choice;
    }
}
