package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import se.hoglandet.platform.assessment.AssessmentTemplate;

/**
 * Starts an assessment: the template first. Asked to start without one, it says what is missing instead of doing
 * nothing.
 */
class NewAssessment extends FlexLayout {

    NewAssessment(List<AssessmentTemplate> catalogue) {
        addClassName("toolbar");
        ComboBox<AssessmentTemplate> template = new ComboBox<>(getTranslation("assessments.new.template"));
        template.setId("new-assessment-template");
        template.setItems(catalogue);
        template.setItemLabelGenerator(AssessmentTemplate::name);
        template.setHelperText(getTranslation("assessments.new.template.help"));
        template.setErrorMessage(getTranslation("assessments.new.chooseTemplate"));
        template.setWidth("min(28em, 100%)");
        template.addValueChangeListener(change -> template.setInvalid(false));
        Button start = new Button(getTranslation("assessments.new"), VaadinIcon.PLUS.create(), click -> {
            if (template.getValue() == null) {
                template.setInvalid(true);
                template.focus();
                return;
            }
            getUI().ifPresent(ui -> ui.navigate(
                    AssessmentEditView.class,
                    QueryParameters.of(
                            AssessmentEditView.TEMPLATE, template.getValue().templateKey())));
        });
        start.setId("new-assessment");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(template, start);
        setAlignItems(Alignment.BASELINE);
    }
}
