package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import se.hoglandet.platform.network.AgendaItem;
import se.hoglandet.platform.network.DecisionDraft;
import se.hoglandet.platform.ui.form.Converters;
import se.hoglandet.platform.ui.form.RecordForm;

/** A decision as minuted: its text and, optionally, the agenda item it was taken under. */
class DecisionForm extends RecordForm<DecisionDraft> {

    DecisionForm(List<AgendaItem> agenda) {
        super(DecisionDraft.class);
        ComboBox<AgendaItem> item = new ComboBox<>(getTranslation("meeting.agenda.item"), agenda);
        item.setItemLabelGenerator(AgendaItem::title);
        item.setClearButtonVisible(true);
        item.setId("decision-item");
        TextArea text = new TextArea(getTranslation("decision.field.text"));
        text.setId("decision-text");
        text.setMaxLength(2000);
        text.setRequiredIndicatorVisible(true);
        binder.forField(item)
                .withConverter(Converters.id(AgendaItem::id, id -> find(agenda, id)))
                .bind("agendaItemId");
        binder.forField(text)
                .asRequired(getTranslation("network.error.decision"))
                .bind("text");
        getContent().add(item, text);
        oneColumn();
        edit(new DecisionDraft(null, ""));
    }

    private static Optional<AgendaItem> find(List<AgendaItem> agenda, Long id) {
        return agenda.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
