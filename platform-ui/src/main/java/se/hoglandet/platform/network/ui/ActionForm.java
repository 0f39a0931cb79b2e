package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import se.hoglandet.platform.network.ActionDraft;
import se.hoglandet.platform.network.AgendaItem;
import se.hoglandet.platform.network.Decision;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.ui.form.Converters;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * An action given at a meeting: what, who owns it (a person of any organisation), by when, and the decision or
 * agenda item it follows from. The owner is not required here: the core refuses an action without one, in Swedish.
 */
class ActionForm extends RecordForm<ActionDraft> {

    ActionForm(PersonService people, List<Decision> decisions, List<AgendaItem> agenda) {
        super(ActionDraft.class);
        TextField title = new TextField(getTranslation("networkAction.field.title"));
        title.setId("action-title");
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        ComboBox<Person> owner = PersonPicker.of(getTranslation("networkAction.field.owner"), people);
        owner.setId("action-owner");
        DatePicker due = Fields.datePicker(getTranslation("networkAction.field.due"));
        due.setId("action-due");
        due.setRequiredIndicatorVisible(true);
        ComboBox<Decision> decision = new ComboBox<>(getTranslation("networkAction.field.decision"), decisions);
        decision.setItemLabelGenerator(Decision::text);
        decision.setClearButtonVisible(true);
        decision.setId("action-decision");
        ComboBox<AgendaItem> item = new ComboBox<>(getTranslation("meeting.agenda.item"), agenda);
        item.setItemLabelGenerator(AgendaItem::title);
        item.setClearButtonVisible(true);
        item.setId("action-item");
        binder.forField(title)
                .asRequired(getTranslation("network.error.actionTitle"))
                .bind("title");
        binder.forField(owner)
                .withConverter(Converters.id(Person::id, id -> Optional.<Person>empty()))
                .bind("ownerPersonId");
        binder.forField(due)
                .asRequired(getTranslation("network.error.actionDue"))
                .bind("dueOn");
        binder.forField(decision)
                .withConverter(Converters.id(
                        Decision::id,
                        id -> decisions.stream().filter(d -> d.id().equals(id)).findFirst()))
                .bind("decisionId");
        binder.forField(item)
                .withConverter(Converters.id(
                        AgendaItem::id,
                        id -> agenda.stream().filter(i -> i.id().equals(id)).findFirst()))
                .bind("agendaItemId");
        getContent().add(title, owner, due, decision, item);
        twoColumns();
        getContent().setColspan(title, 2);
        edit(new ActionDraft("", null, null, null, null));
    }
}
