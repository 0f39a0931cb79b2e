package se.hoglandet.platform.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One text in the record dialog: minutes, an agenda item, an answer, the reason an action is dropped. A blank text
 * is refused with {@code requiredKey}'s sentence before anything is sent; the service checks the rest.
 */
public final class TextDialog {

    private TextDialog() {}

    /** What the dialog asks: its title, the field's label and id, the text it starts with. */
    public record Ask(String titleKey, String labelKey, String fieldId, String initial, String requiredKey) {}

    public static <R> RecordDialog<String, R> open(
            Component page, Ask ask, Function<String, R> save, String doneKey, Consumer<R> saved) {
        TextArea text = new TextArea(page.getTranslation(ask.labelKey()));
        text.setId(ask.fieldId());
        text.setWidthFull();
        text.setMaxLength(4000);
        text.setRequiredIndicatorVisible(true);
        text.setValue(ask.initial() == null ? "" : ask.initial());
        List<RecordDialog<String, R>> opened = new ArrayList<>(1);
        RecordDialog<String, R> dialog = new RecordDialog<>(
                page.getTranslation(ask.titleKey()),
                text,
                () -> {
                    boolean blank = text.getValue().isBlank();
                    String reason = blank ? page.getTranslation(ask.requiredKey()) : null;
                    text.setInvalid(blank);
                    text.setErrorMessage(reason);
                    if (blank) {
                        opened.getFirst().refuse(reason);
                    }
                    return blank
                            ? Optional.empty()
                            : Optional.of(text.getValue().strip());
                },
                save,
                doneKey,
                saved);
        opened.add(dialog);
        dialog.withSaveId("save-" + ask.fieldId()).open();
        return dialog;
    }
}
