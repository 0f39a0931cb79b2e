package se.hoglandet.platform.tool.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.List;
import java.util.Set;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.ui.form.Converters;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.RecordForm;

/** The tools of the register an initiative uses, chosen by name. */
class ToolChoiceForm extends RecordForm<ToolChoiceForm.Draft> {

    /** The chosen tools' ids, as the service's {@code chooseTools} takes them. */
    public record Draft(Set<Long> toolIds) {}

    ToolChoiceForm(List<AiTool> catalogue) {
        super(Draft.class);
        MultiSelectComboBox<AiTool> tools = Fields.multiSelect(getTranslation("initiative.tools.choose"));
        tools.setItems(catalogue);
        tools.setItemLabelGenerator(AiTool::name);
        tools.setId("tool-choice");
        binder.forField(tools)
                .withConverter(Converters.ids(catalogue, AiTool::id))
                .bind("toolIds");
        getContent().add(tools);
        oneColumn();
    }
}
