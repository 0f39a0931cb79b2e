package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.textfield.TextArea;
import se.hoglandet.platform.ui.form.RecordForm;

/** A functional requirement proposed for the joint procurement; the proposer's organisation supports it. */
class RequirementForm extends RecordForm<RequirementForm.Proposal> {

    /** The requirement's text; the core takes it as an argument, so the form has its own small record. */
    public record Proposal(String text) {}

    RequirementForm() {
        super(Proposal.class);
        TextArea text = new TextArea(getTranslation("requirement.new"));
        text.setId("new-requirement");
        text.setMaxLength(2000);
        binder.forField(text).bind("text");
        getContent().add(text);
        oneColumn();
        edit(new Proposal(""));
    }
}
