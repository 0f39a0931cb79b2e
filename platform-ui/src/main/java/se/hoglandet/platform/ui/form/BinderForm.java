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
 * A {@link DraftForm} whose fields a {@code Binder} keeps in step with one of the core's draft records (or a small
 * public record of the view's own where the core takes plain arguments): {@code readRecord} shows it,
 * {@code writeRecord} gives a new one. When a field is invalid, each field shows its reason and the first reason,
 * in the order the fields were bound, is told to the dialog's refusal line too.
 *
 * @param <D> the draft record; public, as the Binder builds it by reflection
 */
public abstract class BinderForm<D> extends Composite<FormLayout> implements DraftForm<D> {

    protected final Binder<D> binder;
    private Consumer<String> explain = reason -> {};

    protected BinderForm(Class<D> draftType) {
        binder = new Binder<>(draftType);
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
