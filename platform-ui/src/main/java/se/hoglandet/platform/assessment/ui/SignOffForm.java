package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import se.hoglandet.platform.ui.form.RecordForm;

/** A sign-off in one role: approve, or reject with a reason (the service insists on the reason). */
class SignOffForm extends RecordForm<SignOffForm.SignOff> {

    /** What the signer says; the core takes it as arguments, so the form has its own small record. */
    public record SignOff(boolean approve, String reason) {}

    SignOffForm() {
        super(SignOff.class);
        RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>(getTranslation("assessment.signOff.decision"));
        decision.setItems(true, false);
        decision.setItemLabelGenerator(
                approve -> getTranslation(approve ? "assessment.signOff.approve" : "assessment.signOff.reject"));
        decision.setId("sign-off-decision");
        TextArea reason = new TextArea(getTranslation("assessment.signOff.reason"));
        reason.setId("sign-off-reason");
        reason.setMaxLength(2000);
        binder.forField(decision).asRequired().bind("approve");
        binder.forField(reason).bind("reason");
        getContent().add(decision, reason);
        oneColumn();
        edit(new SignOff(true, ""));
    }
}
