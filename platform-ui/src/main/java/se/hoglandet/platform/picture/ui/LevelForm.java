package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.picture.CollaborationArea;
import se.hoglandet.platform.picture.LevelDraft;
import se.hoglandet.platform.picture.PictureService;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.RecordForm;

/** A decision on the collaboration level in one area: the area, the level, who decided, when, the diary number. */
class LevelForm extends RecordForm<LevelDraft> {

    LevelForm(List<CollaborationArea> areas) {
        super(LevelDraft.class);
        Map<String, CollaborationArea> byKey =
                areas.stream().collect(Collectors.toMap(CollaborationArea::key, Function.identity()));
        ComboBox<String> area = new ComboBox<>(getTranslation("picture.field.area"));
        area.setItems(areas.stream().map(CollaborationArea::key).toList());
        area.setItemLabelGenerator(key -> PictureTexts.area(byKey.get(key)));
        area.setId("level-area");
        RadioButtonGroup<CollaborationLevel> level = new RadioButtonGroup<>(getTranslation("picture.field.level"));
        level.setItems(CollaborationLevel.values());
        level.setItemLabelGenerator(l -> PictureTexts.level(this, l));
        level.setId("level-level");
        TextField decidedBy = new TextField(getTranslation("picture.field.decidedBy"));
        decidedBy.setMaxLength(200);
        decidedBy.setHelperText(getTranslation("picture.field.decidedBy.help"));
        decidedBy.setId("level-decided-by");
        DatePicker decidedOn = Fields.datePicker(getTranslation("picture.field.decidedOn"));
        decidedOn.setMax(Formats.today());
        decidedOn.setMin(PictureService.EARLIEST_DECISION);
        decidedOn.setId("level-decided-on");
        TextField diaryNumber = new TextField(getTranslation("picture.field.diaryNumber"));
        diaryNumber.setMaxLength(60);
        diaryNumber.setId("level-diary-number");
        binder.forField(area).asRequired(getTranslation("picture.error.area")).bind("areaKey");
        binder.forField(level).asRequired(getTranslation("picture.error.level")).bind("level");
        binder.forField(decidedBy)
                .asRequired(getTranslation("picture.error.decidedBy"))
                .bind("decidedBy");
        binder.forField(decidedOn)
                .asRequired(getTranslation("picture.error.decidedOn"))
                .bind("decidedOn");
        binder.forField(diaryNumber).bind("diaryNumber");
        getContent().add(area, level, decidedBy, decidedOn, diaryNumber);
        oneColumn();
    }
}
