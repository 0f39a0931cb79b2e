package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.DraftForm;
import se.hoglandet.platform.ui.form.Fields;

/**
 * The day a participant completed a course (the certificate's date): today or earlier. The core takes the date
 * itself, so the date is the draft.
 */
class CompletionForm extends Composite<FormLayout> implements DraftForm<LocalDate> {

    private final DatePicker on = Fields.datePicker("");
    private Consumer<String> explain = reason -> {};

    CompletionForm() {
        on.setLabel(getTranslation("session.completedOn"));
        on.setMax(Formats.today());
        on.setRequiredIndicatorVisible(true);
        on.setId("completion-date");
        getContent().add(on);
    }

    @Override
    public void edit(LocalDate draft) {
        on.setValue(draft);
    }

    @Override
    public Optional<LocalDate> validDraft() {
        if (on.getValue() == null) {
            on.setInvalid(true);
            on.setErrorMessage(getTranslation("enrolment.error.completedOnMissing"));
            explain.accept(getTranslation("enrolment.error.completedOnMissing"));
            return Optional.empty();
        }
        return Optional.of(on.getValue());
    }

    @Override
    public void explainWith(Consumer<String> explain) {
        this.explain = explain;
    }
}
