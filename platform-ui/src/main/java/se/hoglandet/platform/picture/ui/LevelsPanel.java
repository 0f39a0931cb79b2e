package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import se.hoglandet.platform.picture.AreaLevel;
import se.hoglandet.platform.picture.LevelDecision;
import se.hoglandet.platform.picture.PictureService;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * The organisation's chosen collaboration level per area with the decision in force (body, date, diary number),
 * the earlier decisions behind a button, and — for its administrators — recording a new decision.
 */
class LevelsPanel extends Div {

    LevelsPanel(PictureService pictures, List<AreaLevel> levels, boolean mayEdit, Runnable changed) {
        setId("picture-levels");
        Grid<AreaLevel> grid = new Grid<>();
        grid.addColumn(l -> PictureTexts.area(l.area()))
                .setHeader(getTranslation("picture.field.area"))
                .setFlexGrow(2);
        grid.addColumn(l -> PictureTexts.level(
                        this, l.current() == null ? null : l.current().level()))
                .setHeader(getTranslation("picture.field.level"))
                .setFlexGrow(3);
        grid.addColumn(l -> l.current() == null ? "" : decision(l.current()))
                .setHeader(getTranslation("picture.field.decision"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::historyButton)
                .setHeader(getTranslation("picture.history"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(levels);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("picture.levels.none"));
        grid.setAriaLabel(getTranslation("picture.section.levels"));
        add(grid);
        if (mayEdit) {
            Button record = new Button(
                    getTranslation("picture.level.record"),
                    click -> new RecordDialog<>(
                                    getTranslation("picture.level.record"),
                                    new LevelForm(pictures.areas()),
                                    pictures::recordLevel,
                                    "picture.level.recorded",
                                    saved -> changed.run())
                            .open());
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.setId("record-level");
            add(record);
        }
    }

    /** "Kommunstyrelsen 12 juni 2026, KS 2026/41". */
    private String decision(LevelDecision decision) {
        return getTranslation(
                decision.diaryNumber() == null ? "picture.decision" : "picture.decision.diary",
                decision.decidedBy(),
                Formats.date(decision.decidedOn()),
                decision.diaryNumber());
    }

    private Button historyButton(AreaLevel level) {
        Button history = new Button(
                getTranslation("picture.history.count", level.history().size()), click -> openHistory(level));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.setEnabled(!level.history().isEmpty());
        history.setAriaLabel(getTranslation("picture.history.of", PictureTexts.area(level.area())));
        return history;
    }

    private void openHistory(AreaLevel level) {
        UnorderedList decisions = new UnorderedList();
        for (LevelDecision decision : level.history()) {
            decisions.add(new ListItem(getTranslation(
                    "picture.history.entry",
                    PictureTexts.level(this, decision.level()),
                    decision(decision),
                    decision.recordedByName())));
        }
        Dialog dialog = new Dialog(decisions);
        dialog.setHeaderTitle(getTranslation("picture.history.of", PictureTexts.area(level.area())));
        Button close = new Button(getTranslation("action.close"), click -> dialog.close());
        dialog.getFooter().add(close);
        dialog.setId("level-history-dialog");
        dialog.open();
    }
}
