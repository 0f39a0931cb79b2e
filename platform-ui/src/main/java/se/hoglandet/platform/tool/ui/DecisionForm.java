package se.hoglandet.platform.tool.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.Optional;
import java.util.function.Function;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.tool.ApprovalDraft;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.Converters;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * The reader's organisation's decision on a tool: approved or not; if approved, for which classes of data, under
 * which of the organisation's approved assessments and until when; a note with conditions or the reason for a no.
 * The assessments come from the page (searched lazily by title), so the form never calls a service.
 */
class DecisionForm extends RecordForm<ApprovalDraft> {

    /**
     * @param approvedAssessments the organisation's approved assessments, paged and filtered by the typed text
     * @param readable            an assessment by id, when the reader may read it
     */
    DecisionForm(
            CallbackDataProvider.FetchCallback<Assessment, String> approvedAssessments,
            Function<Long, Optional<Assessment>> readable) {
        super(ApprovalDraft.class);
        RadioButtonGroup<Boolean> approved = new RadioButtonGroup<>(getTranslation("tool.decide.approved"));
        approved.setItems(true, false);
        approved.setItemLabelGenerator(yes -> getTranslation(yes ? "tool.decide.yes" : "tool.decide.no"));
        approved.setId("tool-approved");
        CheckboxGroup<DataClass> classes = new CheckboxGroup<>(getTranslation("tool.decision.dataClasses"));
        classes.setItems(DataClass.values());
        classes.setItemLabelGenerator(c -> EnumLabel.of(this, "initiative.dataClass", c));
        classes.setId("tool-data-classes");
        ComboBox<Assessment> assessment = new ComboBox<>(getTranslation("tool.decision.assessment"));
        assessment.setHelperText(getTranslation("tool.decide.assessmentHelp"));
        assessment.setItemLabelGenerator(
                a -> getTranslation("tool.decide.assessmentVersion", a.title(), a.versionNumber()));
        assessment.setItems(approvedAssessments);
        assessment.setId("tool-assessment");
        DatePicker validUntil = Fields.datePicker(getTranslation("tool.decision.validUntil"));
        validUntil.setId("tool-valid-until");
        TextArea note = new TextArea(getTranslation("tool.decision.note"));
        note.setHelperText(getTranslation("tool.decide.noteHelp"));
        note.setId("tool-note");
        note.setMaxLength(1000);
        binder.forField(approved).asRequired().bind("approved");
        binder.forField(classes).bind("dataClasses");
        binder.forField(assessment)
                .withConverter(Converters.id(Assessment::id, readable))
                .bind("assessmentId");
        binder.forField(validUntil).bind("validUntil");
        binder.forField(note).withNullRepresentation("").bind("note");
        // Data classes, assessment and end date belong to an approval; a refusal gives its reason in the note.
        approved.addValueChangeListener(change -> {
            boolean yes = Boolean.TRUE.equals(change.getValue());
            classes.setVisible(yes);
            assessment.setVisible(yes);
            validUntil.setVisible(yes);
        });
        getContent().add(approved, classes, assessment, validUntil, note);
        oneColumn();
    }
}
