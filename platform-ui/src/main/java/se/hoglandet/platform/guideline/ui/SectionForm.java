package se.hoglandet.platform.guideline.ui;

import com.vaadin.flow.component.textfield.TextField;
import se.hoglandet.platform.guideline.SectionDraft;
import se.hoglandet.platform.ui.form.RecordForm;

/** A section's heading, e.g. "Tillåten användning". */
class SectionForm extends RecordForm<SectionDraft> {

    SectionForm() {
        super(SectionDraft.class);
        TextField heading = new TextField(getTranslation("guideline.field.heading"));
        heading.setId("section-heading");
        heading.setMaxLength(200);
        heading.setRequiredIndicatorVisible(true);
        binder.forField(heading)
                .asRequired(getTranslation("guideline.error.heading"))
                .bind("heading");
        getContent().add(heading);
        oneColumn();
    }
}
