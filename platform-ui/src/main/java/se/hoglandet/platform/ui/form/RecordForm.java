package se.hoglandet.platform.ui.form;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Optional;

/**
 * A {@link DraftForm} whose fields are bound by a {@link Binder} to a record (the core's draft, or a small record
 * of the form's own where the core takes plain arguments): it reads the record into the fields and, when they are
 * valid, writes a new one. Subclasses create the fields and bind them by the record's component names.
 *
 * @param <D> the record
 */
public abstract class RecordForm<D extends Record> extends Composite<FormLayout> implements DraftForm<D> {

    protected final Binder<D> binder;

    protected RecordForm(Class<D> type) {
        binder = new Binder<>(type);
    }

    @Override
    public void edit(D draft) {
        binder.readRecord(draft);
    }

    @Override
    public Optional<D> validDraft() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /**
     * Reads numeric fields strictly, before the binder writes the record: a refusal is thrown with the reason (the
     * field shows it too; a {@link RecordDialogs#checked checked dialog} says it at its top), and a valid number
     * becomes the field's value, so that the record holds what was typed (bind these fields with
     * {@code withDefaultValidator(false)}: this is their check).
     */
    @SafeVarargs
    protected static void readStrictly(NumberInput<? extends Number>... inputs) {
        for (NumberInput<? extends Number> input : inputs) {
            keep(input);
        }
    }

    private static <N extends Number> void keep(NumberInput<N> input) {
        input.setValue(input.parsed());
    }

    /** One field per row, as dialogs show them. */
    protected void oneColumn() {
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    /** Two columns from 40em, one below (a phone). */
    protected void twoColumns() {
        getContent()
                .setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    }
}
