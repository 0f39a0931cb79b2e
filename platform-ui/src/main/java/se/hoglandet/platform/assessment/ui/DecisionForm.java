package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import se.hoglandet.platform.assessment.AssessmentStatus;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * The decision on an assessment in review: approve (with or without conditions) or reject, and when it is to be
 * reviewed again. Says first whether every required sign-off is there; the service refuses an approval without them.
 */
class DecisionForm extends RecordForm<DecisionForm.Decision> {

    /** The owner's decision; the core takes it as arguments, so the form has its own small record. */
    public record Decision(AssessmentStatus outcome, String conditions, LocalDate reviewDate) {}

    DecisionForm(int missingSignOffs) {
        super(Decision.class);
        Paragraph signOffs = new Paragraph(
                missingSignOffs == 0
                        ? getTranslation("assessment.decide.allSigned")
                        : getTranslation("assessment.decide.pending", missingSignOffs));
        signOffs.setId("decide-sign-offs");
        RadioButtonGroup<AssessmentStatus> outcome =
                new RadioButtonGroup<>(getTranslation("assessment.decide.outcome"));
        outcome.setItems(
                AssessmentStatus.APPROVED, AssessmentStatus.APPROVED_WITH_CONDITIONS, AssessmentStatus.REJECTED);
        outcome.setItemLabelGenerator(s -> EnumLabel.of(this, "assessment.status", s));
        outcome.setId("decide-outcome");
        TextArea conditions = new TextArea(getTranslation("assessment.field.conditions"));
        conditions.setId("decide-conditions");
        conditions.setMaxLength(2000);
        DatePicker reviewDate = Fields.datePicker(getTranslation("assessment.field.reviewDate"));
        reviewDate.setId("decide-review-date");
        binder.forField(outcome)
                .asRequired(getTranslation("assessment.error.outcome"))
                .bind("outcome");
        binder.forField(conditions).bind("conditions");
        binder.forField(reviewDate).bind("reviewDate");
        getContent().add(signOffs, outcome, conditions, reviewDate);
        oneColumn();
        edit(new Decision(null, "", Formats.today().plusYears(1)));
    }
}
