package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import se.hoglandet.platform.maturity.LevelPair;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.ui.form.DraftForm;

/**
 * The organisation's result as its coordinator submits it: per dimension the current and the target collaboration
 * level (1–4). The dimensions come from the model, so the draft is dimension key → pair; every pair is needed.
 */
class LevelsForm extends Composite<FormLayout> implements DraftForm<Map<String, LevelPair>> {

    private final Map<String, ComboBox<Integer>> current = new LinkedHashMap<>();
    private final Map<String, ComboBox<Integer>> target = new LinkedHashMap<>();
    private Consumer<String> explain = reason -> {};

    LevelsForm(ModelDefinition model) {
        for (ModelDefinition.Dimension dimension : model.dimensions()) {
            current.put(dimension.key(), level("maturity.level.current", "level-current-", dimension));
            target.put(dimension.key(), level("maturity.level.target", "level-target-", dimension));
        }
    }

    private ComboBox<Integer> level(String labelKey, String idPrefix, ModelDefinition.Dimension dimension) {
        ComboBox<Integer> level = new ComboBox<>(getTranslation(labelKey, dimension.name()));
        level.setItems(List.of(1, 2, 3, 4));
        level.setItemLabelGenerator(
                l -> getTranslation("initiative.level.short", l, getTranslation("initiative.level." + l)));
        level.setRequiredIndicatorVisible(true);
        level.setId(idPrefix + dimension.key());
        getContent().add(level);
        return level;
    }

    @Override
    public void edit(Map<String, LevelPair> draft) {
        current.forEach((key, field) ->
                field.setValue(draft.get(key) == null ? null : draft.get(key).current()));
        target.forEach((key, field) ->
                field.setValue(draft.get(key) == null ? null : draft.get(key).target()));
    }

    @Override
    public Optional<Map<String, LevelPair>> validDraft() {
        Map<String, LevelPair> levels = new HashMap<>();
        boolean complete = true;
        for (String key : current.keySet()) {
            complete &= chosen(current.get(key)) & chosen(target.get(key));
            if (current.get(key).getValue() != null && target.get(key).getValue() != null) {
                levels.put(
                        key,
                        new LevelPair(
                                current.get(key).getValue(), target.get(key).getValue()));
            }
        }
        if (!complete) {
            explain.accept(getTranslation("maturity.error.levels"));
            return Optional.empty();
        }
        return Optional.of(levels);
    }

    @Override
    public void explainWith(Consumer<String> explain) {
        this.explain = explain;
    }

    private boolean chosen(ComboBox<Integer> level) {
        boolean chosen = level.getValue() != null;
        level.setInvalid(!chosen);
        level.setErrorMessage(chosen ? null : getTranslation("maturity.error.levelMissing"));
        return chosen;
    }
}
