package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.hoglandet.platform.maturity.CycleScores;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.picture.GoalDraft;
import se.hoglandet.platform.picture.GoalIndicator;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.NumberInput;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * One of the organisation's AI goals: what it is measured by (one of the platform's own figures or values entered
 * with a date), the maturity dimension for a maturity goal, the baseline, the target and the date.
 */
class GoalForm extends RecordForm<GoalDraft> {

    GoalForm(List<ModelDefinition.Dimension> dimensions) {
        super(GoalDraft.class);
        TextField title = new TextField(getTranslation("goal.field.title"));
        title.setMaxLength(300);
        title.setId("goal-title");
        ComboBox<GoalIndicator> indicator = new ComboBox<>(getTranslation("goal.field.indicator"));
        indicator.setItems(GoalIndicator.values());
        indicator.setItemLabelGenerator(i -> EnumLabel.of(this, "goal.indicator", i));
        indicator.setId("goal-indicator");
        Map<String, String> names = dimensions.stream()
                .collect(Collectors.toMap(ModelDefinition.Dimension::key, ModelDefinition.Dimension::name));
        ComboBox<String> dimension = new ComboBox<>(getTranslation("goal.field.dimension"));
        dimension.setItems(
                dimensions.stream().map(ModelDefinition.Dimension::key).toList());
        dimension.setItemLabelGenerator(key -> key == null ? "" : names.getOrDefault(key, key));
        dimension.setId("goal-dimension");
        dimension.setVisible(false);
        indicator.addValueChangeListener(
                chosen -> dimension.setVisible(chosen.getValue() == GoalIndicator.MATURITY_SCORE));
        NumberInput<BigDecimal> baseline = NumberInput.measure(getTranslation("goal.field.baseline"));
        baseline.setId("goal-baseline");
        NumberInput<BigDecimal> target = NumberInput.measure(getTranslation("goal.field.target"));
        target.setId("goal-target");
        DatePicker targetDate = Fields.datePicker(getTranslation("goal.field.targetDate"));
        targetDate.setId("goal-target-date");
        binder.forField(title).asRequired(getTranslation("goal.error.title")).bind("title");
        binder.forField(indicator)
                .asRequired(getTranslation("goal.error.indicator"))
                .bind("indicator");
        binder.forField(dimension)
                .withValidator(
                        key -> indicator.getValue() != GoalIndicator.MATURITY_SCORE || key != null,
                        getTranslation("goal.error.dimension"))
                .bind("dimensionKey");
        binder.forField(baseline).asRequired(getTranslation("goal.error.value")).bind("baseline");
        binder.forField(target).asRequired(getTranslation("goal.error.value")).bind("target");
        binder.forField(targetDate)
                .asRequired(getTranslation("goal.error.targetDate"))
                .bind("targetDate");
        getContent().add(title, indicator, dimension, baseline, target, targetDate);
        twoColumns();
        getContent().setColspan(title, 2);
    }

    /** The dimensions a maturity goal may name: those of the organisation's latest survey's model. */
    static List<ModelDefinition.Dimension> dimensionsOf(List<CycleScores> cycles) {
        return cycles.isEmpty() ? List.of() : cycles.getLast().dimensions();
    }
}
