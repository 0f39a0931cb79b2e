package se.hoglandet.platform.tool.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.hoglandet.platform.tool.ToolDraft;
import se.hoglandet.platform.tool.ToolHosting;
import se.hoglandet.platform.ui.form.RecordForm;

/** The shared facts about a tool: name, vendor, what it is, where it processes data and any transfer abroad. */
class ToolForm extends RecordForm<ToolDraft> {

    ToolForm() {
        super(ToolDraft.class);
        TextField name = new TextField(getTranslation("tool.field.name"));
        name.setId("tool-name");
        name.setMaxLength(200);
        TextField vendor = new TextField(getTranslation("tool.field.vendor"));
        vendor.setId("tool-vendor");
        vendor.setMaxLength(200);
        TextArea description = new TextArea(getTranslation("tool.field.description"));
        description.setId("tool-description");
        description.setMaxLength(2000);
        RadioButtonGroup<ToolHosting> hosting = new RadioButtonGroup<>(getTranslation("tool.field.hosting"));
        hosting.setItems(ToolHosting.values());
        hosting.setItemLabelGenerator(h -> getTranslation("tool.hosting." + h.name()));
        hosting.setId("tool-hosting");
        TextArea transfer = new TextArea(getTranslation("tool.field.transfer"));
        transfer.setHelperText(getTranslation("tool.field.transfer.help"));
        transfer.setId("tool-transfer");
        transfer.setMaxLength(1000);
        binder.forField(name).asRequired(getTranslation("tool.error.name")).bind("name");
        binder.forField(vendor).asRequired(getTranslation("tool.error.vendor")).bind("vendor");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(hosting)
                .asRequired(getTranslation("tool.error.hosting"))
                .bind("hosting");
        binder.forField(transfer).withNullRepresentation("").bind("transferDetails");
        getContent().add(name, vendor, description, hosting, transfer);
        getContent().setColspan(description, 2);
        getContent().setColspan(hosting, 2);
        getContent().setColspan(transfer, 2);
    }
}
