package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.network.OutcomeKind;
import se.hoglandet.platform.network.PromotionDraft;
import se.hoglandet.platform.procurement.ProcurementCategory;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * What a decision or action becomes: a joint initiative (level 3), a joint procurement or a course wish, among the
 * kinds the reader's roles allow; the area shows for an initiative, the category for a procurement.
 */
class PromotionForm extends RecordForm<PromotionDraft> {

    private final ComboBox<Area> area = new ComboBox<>();
    private final ComboBox<ProcurementCategory> category = new ComboBox<>();

    PromotionForm(Set<OutcomeKind> kinds, String suggestedTitle) {
        super(PromotionDraft.class);
        RadioButtonGroup<OutcomeKind> kind = new RadioButtonGroup<>(getTranslation("promotion.field.kind"));
        kind.setItems(kinds.stream().sorted().toList());
        kind.setItemLabelGenerator(k -> getTranslation("promotion.kind." + k.name()));
        kind.setId("promotion-kind");
        TextField title = new TextField(getTranslation("promotion.field.title"));
        title.setId("promotion-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("promotion.field.description"));
        description.setId("promotion-description");
        description.setMaxLength(4000);
        area.setLabel(getTranslation("initiative.field.area"));
        area.setItems(Area.values());
        area.setItemLabelGenerator(a -> EnumLabel.of(this, "initiative.area", a));
        area.setId("promotion-area");
        category.setLabel(getTranslation("promotion.field.category"));
        category.setItems(ProcurementCategory.values());
        category.setItemLabelGenerator(c -> EnumLabel.of(this, "procurement.category", c));
        category.setId("promotion-category");
        kind.addValueChangeListener(change -> show(change.getValue()));
        binder.forField(kind)
                .asRequired(getTranslation("network.error.promotionKind"))
                .bind("kind");
        binder.forField(title)
                .asRequired(getTranslation("promotion.error.title"))
                .bind("title");
        binder.forField(description).bind("description");
        binder.forField(area).bind("area");
        binder.forField(category).bind("category");
        getContent().add(kind, title, description, area, category);
        oneColumn();
        edit(new PromotionDraft(kinds.size() == 1 ? kinds.iterator().next() : null, suggestedTitle, "", null, null));
    }

    @Override
    public void edit(PromotionDraft draft) {
        super.edit(draft);
        show(draft.kind());
    }

    private void show(OutcomeKind kind) {
        area.setVisible(kind == OutcomeKind.INITIATIVE);
        category.setVisible(kind == OutcomeKind.PROCUREMENT);
    }
}
