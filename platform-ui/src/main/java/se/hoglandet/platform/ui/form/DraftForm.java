package se.hoglandet.platform.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A form over one of the core's draft records: it shows a draft and, when every field is valid, gives a new one.
 * A form never calls a service; its view or {@link RecordDialog} does.
 *
 * @param <D> the draft record, e.g. {@code ContractDraft}
 */
public interface DraftForm<D> {

    /** Shows {@code draft} in the fields. */
    void edit(D draft);

    /** The draft the fields hold when all are valid; otherwise empty, and the fields say why. */
    Optional<D> validDraft();

    /**
     * Where the form says, in a sentence, why it gives no draft: {@link RecordDialog} passes its refusal line, so
     * that the dialog says what is wrong as well as the field. Forms that have nothing to add keep this default.
     */
    default void explainWith(Consumer<String> explain) {}

    /** The form itself, to be placed in a page or a dialog. */
    default Component asComponent() {
        return (Component) this;
    }

    /** The record a Binder over a record type holds when every field is valid; otherwise empty (the fields say why). */
    static <D> Optional<D> validRecord(Binder<D> binder) {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }
}
