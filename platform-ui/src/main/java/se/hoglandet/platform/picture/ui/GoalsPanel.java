package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.picture.Goal;
import se.hoglandet.platform.picture.GoalIndicator;
import se.hoglandet.platform.picture.GoalProgress;
import se.hoglandet.platform.picture.PictureService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * The organisation's goals: indicator, baseline, target, date and where each stands (the platform's figure today,
 * or the latest value measured); its administrators add and change goals and enter measured values.
 */
class GoalsPanel extends Div {

    private final PictureService pictures;
    private final List<ModelDefinition.Dimension> dimensions;
    private final Runnable changed;

    GoalsPanel(
            PictureService pictures,
            List<GoalProgress> goals,
            List<ModelDefinition.Dimension> dimensions,
            boolean mayEdit,
            Runnable changed) {
        this.pictures = pictures;
        this.dimensions = dimensions;
        this.changed = changed;
        setId("picture-goals");
        Grid<GoalProgress> grid = new Grid<>();
        grid.addColumn(p -> p.goal().title())
                .setHeader(getTranslation("goal.field.title"))
                .setFlexGrow(3);
        grid.addColumn(p -> EnumLabel.of(this, "goal.indicator", p.goal().indicator()))
                .setHeader(getTranslation("goal.field.indicator"))
                .setFlexGrow(2);
        grid.addColumn(p -> PictureTexts.number(p.goal().baseline())).setHeader(getTranslation("goal.field.baseline"));
        grid.addColumn(p -> PictureTexts.number(p.goal().target())).setHeader(getTranslation("goal.field.target"));
        grid.addColumn(p -> Formats.date(p.goal().targetDate())).setHeader(getTranslation("goal.field.targetDate"));
        grid.addColumn(this::current).setHeader(getTranslation("goal.current")).setFlexGrow(2);
        grid.addColumn(p -> p.percentOfWay() == null ? "–" : getTranslation("goal.progress", p.percentOfWay()))
                .setHeader(getTranslation("goal.progress.header"));
        if (mayEdit) {
            grid.addComponentColumn(this::actions)
                    .setKey("actions")
                    .setHeader(getTranslation("goal.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(goals);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("goal.none"));
        grid.setAriaLabel(getTranslation("picture.section.goals"));
        grid.setId("goals-grid");
        add(grid);
        if (mayEdit) {
            Button create = new Button(getTranslation("goal.new"), click -> openGoal(null));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-goal");
            add(create);
        }
    }

    /** "67 (platform figure today)" or "12,5 (measured 3 mars 2026)", or that nothing is measured yet. */
    private String current(GoalProgress progress) {
        if (progress.current() == null) {
            return getTranslation("goal.current.none");
        }
        return progress.measuredOn() == null
                ? getTranslation("goal.current.platform", PictureTexts.number(progress.current()))
                : getTranslation(
                        "goal.current.measured",
                        PictureTexts.number(progress.current()),
                        Formats.date(progress.measuredOn()));
    }

    private Component actions(GoalProgress progress) {
        Goal goal = progress.goal();
        Button edit = new Button(getTranslation("goal.edit"), click -> openGoal(goal));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("goal.edit.of", goal.title()));
        edit.setId("edit-goal-" + goal.id());
        FlexLayout actions = new FlexLayout(edit);
        if (goal.indicator() == GoalIndicator.MEASURED) {
            Button measure = new Button(getTranslation("goal.measure"), click -> openMeasure(goal));
            measure.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            measure.setAriaLabel(getTranslation("goal.measure.of", goal.title()));
            measure.setId("measure-goal-" + goal.id());
            actions.add(measure);
        }
        return actions;
    }

    private void openGoal(Goal goal) {
        GoalForm form = new GoalForm(dimensions);
        if (goal != null) {
            form.edit(goal.draft());
        }
        new RecordDialog<>(
                        getTranslation(goal == null ? "goal.new" : "goal.edit"),
                        form,
                        draft -> goal == null
                                ? pictures.createGoal(draft)
                                : pictures.updateGoal(goal.id(), goal.version(), draft),
                        goal == null ? "goal.created" : "goal.changed",
                        saved -> changed.run())
                .open();
    }

    private void openMeasure(Goal goal) {
        new RecordDialog<>(
                        getTranslation("goal.measure.title", goal.title()),
                        new MeasureForm(),
                        (MeasureForm.Measured m) -> pictures.measure(goal.id(), m.measuredOn(), m.value()),
                        "goal.measured",
                        saved -> changed.run())
                .open();
    }
}
