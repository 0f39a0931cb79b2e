package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import se.hoglandet.platform.assessment.Risk;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * The risk register while writing: the risks as the page shows them, each changed or removed in place, new ones
 * added in a dialog ({@link RiskForm}). Nothing is saved until the assessment is.
 */
class RiskRegisterField extends CustomField<List<Risk>> {

    private final List<Risk> risks = new ArrayList<>();
    private final Grid<Risk> grid;

    RiskRegisterField() {
        grid = RiskRegisterPanel.grid(this);
        grid.addComponentColumn(this::rowActions)
                .setHeader(getTranslation("assessment.risk.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        Button add = new Button(
                getTranslation("assessment.risk.add"),
                VaadinIcon.PLUS.create(),
                click -> open(getTranslation("assessment.risk.add"), null, risks::add));
        add.setId("add-risk");
        Div register = new Div(new H3(getTranslation("assessment.section.risks")), grid, add);
        register.addClassName("form-section");
        add(register);
    }

    private FlexLayout rowActions(Risk risk) {
        Button change = new Button(
                VaadinIcon.EDIT.create(),
                click -> open(
                        getTranslation("assessment.risk.change"),
                        risk,
                        changed -> risks.set(risks.indexOf(risk), changed)));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        change.setAriaLabel(getTranslation("assessment.risk.changeNamed", risk.description()));
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            risks.remove(risk);
            changed();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("assessment.risk.remove", risk.description()));
        return new FlexLayout(change, remove);
    }

    /** The risk dialog: the risk is checked by the core's record, and kept in the register once valid. */
    private void open(String title, Risk existing, Consumer<Risk> keep) {
        RiskForm form = new RiskForm();
        if (existing != null) {
            form.edit(existing);
        }
        new RecordDialog<>(title, form, risk -> risk, "assessment.risk.kept", risk -> {
                    keep.accept(risk);
                    changed();
                })
                .withSaveText(getTranslation("assessment.risk.keep"))
                .withSaveId("save-risk")
                .open();
    }

    private void changed() {
        grid.setItems(risks);
        updateValue();
    }

    @Override
    protected List<Risk> generateModelValue() {
        return List.copyOf(risks);
    }

    @Override
    protected void setPresentationValue(List<Risk> value) {
        risks.clear();
        if (value != null) {
            risks.addAll(value);
        }
        grid.setItems(risks);
    }
}
