package se.hoglandet.platform.ui.form;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * Save and Cancel under a form that fills a page (a dialog has {@link RecordDialog}'s): Save fires a
 * {@link SaveEvent} with the form's draft only when every field is valid, Cancel a {@link CancelEvent}. The page
 * listens and calls its service, so the form itself never does (Vaadin's form pattern).
 *
 * @param <D> the form's draft record
 */
public class FormButtons<D> extends HorizontalLayout {

    private final Button save;

    /**
     * @param form   the form whose draft Save hands on
     * @param saveId a stable id for the Save button (tests and journeys find it by id)
     */
    public FormButtons(DraftForm<D> form, String saveId) {
        save = new Button(
                getTranslation("action.save"),
                click -> form.validDraft().ifPresent(draft -> fireEvent(new SaveEvent<>(this, draft))));
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> fireEvent(new CancelEvent(this)));
        add(save, cancel);
        addClassName("form-buttons");
    }

    /** Renames the save button, e.g. "Skicka rapporten". */
    public FormButtons<D> withSaveText(String text) {
        save.setText(text);
        return this;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSaveListener(ComponentEventListener<SaveEvent<D>> listener) {
        return addListener(SaveEvent.class, (ComponentEventListener) listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The user asked to save, and the form's fields are all valid. */
    public static final class SaveEvent<D> extends ComponentEvent<FormButtons<D>> {
        private final D draft;

        SaveEvent(FormButtons<D> source, D draft) {
            super(source, false);
            this.draft = draft;
        }

        public D draft() {
            return draft;
        }
    }

    /** The user left without saving. */
    public static final class CancelEvent extends ComponentEvent<FormButtons<?>> {
        CancelEvent(FormButtons<?> source) {
            super(source, false);
        }
    }
}
