package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.hoglandet.platform.assessment.Risk;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * One risk of the register, over the core's {@link Risk}: what may happen, how likely and how bad (1–4), the measure
 * with its owner and date, and how likely and bad it is after the measure.
 */
class RiskForm extends RecordForm<Risk> {

    RiskForm() {
        super(Risk.class);
        TextArea description = new TextArea(getTranslation("assessment.risk.description"));
        description.setId("risk-description");
        description.setMaxLength(1000);
        TextArea rationale = new TextArea(getTranslation("assessment.risk.rationale"));
        rationale.setMaxLength(2000);
        TextArea measure = new TextArea(getTranslation("assessment.risk.measure"));
        measure.setId("risk-measure");
        measure.setMaxLength(2000);
        TextField owner = new TextField(getTranslation("assessment.risk.owner"));
        owner.setMaxLength(200);
        DatePicker due = Fields.datePicker(getTranslation("assessment.risk.due"));
        binder.forField(description)
                .asRequired(getTranslation("assessment.error.risk"))
                .bind("description");
        binder.forField(rationale).withNullRepresentation("").bind("rationale");
        binder.forField(measure).withNullRepresentation("").bind("measure");
        binder.forField(owner).withNullRepresentation("").bind("measureOwner");
        binder.forField(due).bind("measureDue");
        getContent()
                .add(
                        description,
                        scale("likelihood", "assessment.risk.likelihood"),
                        scale("consequence", "assessment.risk.consequence"),
                        rationale,
                        measure,
                        owner,
                        due,
                        scale("residualLikelihood", "assessment.risk.residualLikelihood"),
                        scale("residualConsequence", "assessment.risk.residualConsequence"));
        getContent().setColspan(description, 2);
        getContent().setColspan(rationale, 2);
        twoColumns();
    }

    /** A step on the four-step scale, "1 – låg" to "4 – mycket hög"; a new risk starts low. */
    private Select<Integer> scale(String property, String labelKey) {
        Select<Integer> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(1, 2, 3, 4);
        select.setItemLabelGenerator(step -> getTranslation("assessment.scale." + step));
        select.setValue(1);
        select.setId("risk-" + property);
        binder.forField(select).asRequired().bind(property);
        return select;
    }
}
