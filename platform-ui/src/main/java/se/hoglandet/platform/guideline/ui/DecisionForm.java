package se.hoglandet.platform.guideline.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import se.hoglandet.platform.guideline.DecisionDraft;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * The decision on a guideline version: the body that decided (kommunstyrelsen, a nämnd), the day, the diary number,
 * and the review date (empty: a year after the decision, as the core sets it).
 */
class DecisionForm extends RecordForm<DecisionDraft> {

    DecisionForm() {
        super(DecisionDraft.class);
        TextField decidedBy = new TextField(getTranslation("guideline.field.decidedBy"));
        decidedBy.setHelperText(getTranslation("guideline.field.decidedBy.help"));
        decidedBy.setId("decision-by");
        decidedBy.setMaxLength(200);
        decidedBy.setRequiredIndicatorVisible(true);
        DatePicker decidedOn = Fields.datePicker(getTranslation("guideline.field.decidedOn"));
        decidedOn.setId("decision-on");
        decidedOn.setRequiredIndicatorVisible(true);
        TextField diaryNumber = new TextField(getTranslation("guideline.field.diaryNumber"));
        diaryNumber.setId("decision-diary");
        diaryNumber.setMaxLength(60);
        DatePicker reviewDate = Fields.datePicker(getTranslation("guideline.field.reviewDate"));
        reviewDate.setHelperText(getTranslation("guideline.field.reviewDate.help"));
        reviewDate.setId("decision-review");
        binder.forField(decidedBy)
                .asRequired(getTranslation("guideline.error.decidedBy"))
                .bind("decidedBy");
        binder.forField(decidedOn)
                .asRequired(getTranslation("guideline.error.decidedOn"))
                .bind("decidedOn");
        binder.forField(diaryNumber).withNullRepresentation("").bind("diaryNumber");
        binder.forField(reviewDate).bind("reviewDate");
        getContent().add(decidedBy, decidedOn, diaryNumber, reviewDate);
        oneColumn();
    }
}
