package se.hoglandet.platform.ui.form;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A {@link DraftForm} whose fields a {@link Binder} keeps in step with a record (the core's draft, or a small public
 * record of the form's own where the core takes plain arguments): {@code readRecord} shows it, {@code writeRecord}
 * gives a new one. Subclasses create the fields and bind them by the record's component names; a
 * {@link NumberInput} is checked strictly by its default validator. When a field is invalid, each field shows its
 * reason and the first reason, in the order the fields were bound, is told to the dialog's refusal line too.
 *
 * @param <D> the record; public, as the Binder builds it by reflection
 */
public abstract class RecordForm<D extends Record> extends Composite<FormLayout> implements DraftForm<D> {

    protected final Binder<D> binder;
    private Consumer<String> explain = reason -> {};

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
            firstReason(invalid).ifPresent(explain);
            return Optional.empty();
        }
    }

    @Override
    public void explainWith(Consumer<String> explain) {
        this.explain = explain;
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

    static Optional<String> firstReason(ValidationException invalid) {
        return Stream.concat(
                        invalid.getFieldValidationErrors().stream()
                                .map(BindingValidationStatus::getMessage)
                                .flatMap(Optional::stream),
                        invalid.getBeanValidationErrors().stream().map(ValidationResult::getErrorMessage))
                .filter(message -> message != null && !message.isBlank())
                .findFirst();
    }
}
