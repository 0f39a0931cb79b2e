package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import se.hoglandet.platform.initiative.InitiativeStatus;
import se.hoglandet.platform.initiative.ProductionClearance;
import se.hoglandet.platform.initiative.ProductionDecision;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * The next step in an initiative's lifecycle. Going into production asks for the decision on record and shows what
 * the production gate says: the approved analysis the decision rests on, or what is missing and where to start it.
 */
class StatusForm extends RecordForm<StatusForm.Draft> {

    /** The status to move to and, for production, who decided and when. */
    public record Draft(InitiativeStatus target, String decidedBy, LocalDate decidedOn) {

        /** The decision the service records, or none when the target is not production. */
        ProductionDecision decision() {
            return target == InitiativeStatus.PRODUCTION ? new ProductionDecision(decidedBy, decidedOn, null) : null;
        }
    }

    /**
     * @param next      the statuses the initiative may move to from where it is
     * @param clearance what the production gate says about this initiative now
     */
    StatusForm(Set<InitiativeStatus> next, long initiativeId, ProductionClearance.Clearance clearance) {
        super(Draft.class);
        RadioButtonGroup<InitiativeStatus> target = new RadioButtonGroup<>(getTranslation("initiative.field.status"));
        target.setItems(next);
        target.setItemLabelGenerator(s -> EnumLabel.of(this, "initiative.status", s));
        target.setId("status-target");
        TextField decidedBy = new TextField(getTranslation("initiative.decision.by"));
        decidedBy.setId("decided-by");
        decidedBy.setMaxLength(200);
        DatePicker decidedOn = Fields.datePicker(getTranslation("initiative.decision.on"));
        decidedOn.setId("decided-on");
        binder.forField(target)
                .asRequired(getTranslation("initiative.error.status"))
                .bind("target");
        binder.forField(decidedBy).withNullRepresentation("").bind("decidedBy");
        binder.forField(decidedOn).bind("decidedOn");
        Div decision = new Div(
                new Paragraph(getTranslation("initiative.decision.help")),
                decidedBy,
                decidedOn,
                clearance(initiativeId, clearance));
        decision.addClassName("production-decision");
        decision.setVisible(false);
        target.addValueChangeListener(change -> decision.setVisible(change.getValue() == InitiativeStatus.PRODUCTION));
        getContent().add(target, decision);
        oneColumn();
    }

    private Div clearance(long initiativeId, ProductionClearance.Clearance clearance) {
        Div box = new Div();
        box.setId("production-clearance");
        if (clearance.cleared()) {
            box.add(new Paragraph(getTranslation("initiative.decision.restsOn", clearance.analysisReference())));
            return box;
        }
        clearance.missing().forEach(key -> box.add(new Paragraph(getTranslation(key))));
        String template =
                clearance.missing().contains("initiative.missing.riskConsequence") ? "risk-consequence" : "dpia";
        // Assessments build on initiatives, not the other way round: their form is reached by its address.
        box.add(new Anchor(
                "assessments/new?template=" + template + "&initiative=" + initiativeId,
                getTranslation("initiative.decision.startAssessment")));
        return box;
    }
}
