package se.hoglandet.platform.tool.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.ui.form.Converters;
import se.hoglandet.platform.ui.form.DraftForm;
import se.hoglandet.platform.ui.form.Fields;

/** The tools of the register an initiative uses, chosen by name. */
class ToolChoiceForm extends Composite<FormLayout> implements DraftForm<ToolChoiceForm.Draft> {

    /** The chosen tools' ids, as the service's {@code chooseTools} takes them. */
    public record Draft(Set<Long> toolIds) {}

    private final Binder<Draft> binder = new Binder<>(Draft.class);

    ToolChoiceForm(List<AiTool> catalogue) {
        MultiSelectComboBox<AiTool> tools = Fields.multiSelect(getTranslation("initiative.tools.choose"));
        tools.setItems(catalogue);
        tools.setItemLabelGenerator(AiTool::name);
        tools.setId("tool-choice");
        binder.forField(tools)
                .withConverter(Converters.ids(catalogue, AiTool::id))
                .bind("toolIds");
        getContent().add(tools);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    @Override
    public void edit(Draft draft) {
        binder.readRecord(draft);
    }

    @Override
    public Optional<Draft> validDraft() {
        return DraftForm.validRecord(binder);
    }
}
