package se.hoglandet.platform.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;

/**
 * The one dialog for changing a record: a title, the form, a place for the service's refusal in the user's
 * language, Cancel and Save. Saving asks the form for a valid draft, hands it to the service and — when the service
 * accepts — closes, confirms with a sentence that names what was done ("Avtalet är sparat") and lets the page
 * re-render. A refusal leaves the dialog open with everything the user typed.
 *
 * @param <D> what the form gives (a draft record)
 * @param <R> what the service returns
 */
public class RecordDialog<D, R> extends Dialog {

    private final FormError error = new FormError();
    private final Button save;

    /**
     * @param title    the dialog's heading, e.g. "Registrera avtal"
     * @param form     the fields
     * @param service  saves the draft (a service call); may throw a refusal
     * @param doneKey  the translation key of the sentence shown after saving, e.g. {@code contract.saved}
     * @param saved    what the page does with the result, e.g. re-render or navigate
     */
    public RecordDialog(String title, DraftForm<D> form, Function<D, R> service, String doneKey, Consumer<R> saved) {
        this(title, form.asComponent(), form::validDraft, service, doneKey, saved);
        form.explainWith(this::refuse);
    }

    /** For dialogs whose fields are not a {@link DraftForm}: {@code input} gives the value or empty when invalid. */
    public RecordDialog(
            String title,
            Component content,
            Supplier<Optional<D>> input,
            Function<D, R> service,
            String doneKey,
            Consumer<R> saved) {
        setHeaderTitle(title);
        addClassName("record-dialog");
        add(error, content);
        save = new Button(
                getTranslation("action.save"),
                click -> input.get().ifPresent(value -> {
                    @SuppressWarnings("unchecked")
                    R[] result = (R[]) new Object[1];
                    if (error.attempt(() -> result[0] = service.apply(value))) {
                        close();
                        Feedback.done(this, doneKey);
                        saved.accept(result[0]);
                    }
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("dialog-save");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("dialog-cancel");
        getFooter().add(cancel, save);
        setWidth("min(52em, 95vw)");
    }

    /** Renames the save button, e.g. "Skicka för granskning". */
    public RecordDialog<D, R> withSaveText(String text) {
        save.setText(text);
        return this;
    }

    /** A stable id for the save button (tests and journeys find it by id). */
    public RecordDialog<D, R> withSaveId(String id) {
        save.setId(id);
        return this;
    }

    /** Shows a refusal the page learnt of itself (e.g. from a check before saving). */
    public void refuse(String message) {
        error.show(message);
    }
}
