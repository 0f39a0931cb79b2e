package se.hoglandet.platform.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.ui.error.UserMessages;

/**
 * {@link RecordDialog}s over forms whose reading can itself be refused: a {@link NumberInput} checks strictly when
 * the form is read and throws its refusal; the dialog then says why at its top (as it does for the service's
 * refusals) and the field says it too, and nothing is saved.
 */
public final class RecordDialogs {

    private RecordDialogs() {}

    /** Like {@link RecordDialog#RecordDialog(String, DraftForm, Function, String, Consumer)}, refusals in reading shown. */
    public static <D, R> RecordDialog<D, R> checked(
            String title, DraftForm<D> form, Function<D, R> service, String doneKey, Consumer<R> saved) {
        List<RecordDialog<D, R>> self = new ArrayList<>(1);
        RecordDialog<D, R> dialog = new RecordDialog<>(
                title,
                form.asComponent(),
                () -> {
                    try {
                        return form.validDraft();
                    } catch (DomainValidationException refused) {
                        RecordDialog<D, R> shown = self.getFirst();
                        shown.refuse(UserMessages.describe(shown, refused));
                        return Optional.<D>empty();
                    }
                },
                service,
                doneKey,
                saved);
        self.add(dialog);
        return dialog;
    }
}
