package se.hoglandet.platform.tool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.tool.ToolDraft;
import se.hoglandet.platform.tool.ToolHosting;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.ui.FormError;

/** Registers a tool, or corrects the shared facts about one; a refusal keeps the dialog and what was typed. */
class ToolDialog extends Dialog {

    ToolDialog(ToolService tools, AiTool existing, Consumer<AiTool> saved) {
        setHeaderTitle(getTranslation(existing == null ? "tool.action.create" : "tool.action.edit"));
        TextField name = new TextField(getTranslation("tool.field.name"));
        name.setId("tool-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        TextField vendor = new TextField(getTranslation("tool.field.vendor"));
        vendor.setId("tool-vendor");
        vendor.setMaxLength(200);
        vendor.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("tool.field.description"));
        description.setMaxLength(2000);
        RadioButtonGroup<ToolHosting> hosting = new RadioButtonGroup<>(getTranslation("tool.field.hosting"));
        hosting.setItems(ToolHosting.values());
        hosting.setItemLabelGenerator(h -> getTranslation("tool.hosting." + h.name()));
        hosting.setId("tool-hosting");
        hosting.setRequiredIndicatorVisible(true);
        TextArea transfer = new TextArea(getTranslation("tool.field.transfer"));
        transfer.setHelperText(getTranslation("tool.field.transfer.help"));
        transfer.setId("tool-transfer");
        transfer.setMaxLength(1000);
        if (existing != null) {
            name.setValue(existing.name());
            vendor.setValue(existing.vendor());
            description.setValue(existing.description() == null ? "" : existing.description());
            hosting.setValue(existing.hosting());
            transfer.setValue(existing.transferDetails() == null ? "" : existing.transferDetails());
        }
        FormError error = new FormError();
        Button save = new Button(getTranslation("action.save"), click -> {
            ToolDraft draft = new ToolDraft(
                    name.getValue(),
                    vendor.getValue(),
                    description.getValue(),
                    hosting.getValue(),
                    transfer.getValue());
            AiTool[] result = new AiTool[1];
            if (error.attempt(() -> result[0] =
                    existing == null ? tools.create(draft) : tools.update(existing.id(), existing.version(), draft))) {
                close();
                saved.accept(result[0]);
            }
        });
        save.setId("save-tool");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, vendor, description, hosting, transfer);
        form.setColspan(description, 2);
        form.setColspan(hosting, 2);
        form.setColspan(transfer, 2);
        add(error, form);
        getFooter().add(new Button(getTranslation("action.cancel"), c -> close()), save);
        setWidth("min(48em, 95vw)");
    }
}
