package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.procurement.FrameworkMethod;
import se.hoglandet.platform.procurement.ProcurementCategory;
import se.hoglandet.platform.procurement.ProcurementDraft;
import se.hoglandet.platform.procurement.ProcurementLink;
import se.hoglandet.platform.procurement.ProcurementProcedure;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.KeptIds;
import se.hoglandet.platform.ui.form.RecordForm;
import se.hoglandet.platform.visibility.Visibility;

/**
 * A joint procurement as the lead buyer describes it, over the core's {@link ProcurementDraft}: what is bought and
 * how, the contact, who may read it, what it serves and rests on. The organisations invited are chosen when it is
 * started; afterwards they join or are invited one by one, so the form keeps them without showing them.
 */
class ProcurementForm extends RecordForm<ProcurementDraft> {

    /**
     * @param starting whether the procurement is being started (then the participants are chosen here)
     * @param others   the organisations that may take part
     * @param sources  where the links' choices come from
     * @param titles   the titles of the links the reader may read
     */
    ProcurementForm(
            boolean starting,
            List<Organisation> others,
            ProcurementLinksField.Sources sources,
            Map<ProcurementLink, String> titles) {
        super(ProcurementDraft.class);
        TextField title = new TextField(getTranslation("procurement.field.title"));
        title.setId("procurement-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("procurement.field.description"));
        description.setId("procurement-description");
        description.setMaxLength(4000);
        ComboBox<ProcurementCategory> category = choice(
                "procurement.field.category",
                "procurement-category",
                "procurement.category",
                ProcurementCategory.values());
        ComboBox<ProcurementProcedure> procedure = choice(
                "procurement.field.procedure",
                "procurement-procedure",
                "procurement.procedure",
                ProcurementProcedure.values());
        ComboBox<FrameworkMethod> method = choice(
                "procurement.field.frameworkMethod",
                "procurement-framework-method",
                "procurement.frameworkMethod",
                FrameworkMethod.values());
        method.setClearButtonVisible(true);
        ComboBox<CollaborationLevel> level = new ComboBox<>(getTranslation("procurement.field.level"));
        level.setItems(CollaborationLevel.values());
        level.setItemLabelGenerator(l ->
                getTranslation("initiative.level.short", l.number(), getTranslation("initiative.level." + l.number())));
        level.setId("procurement-level");
        ComboBox<Visibility> visibility =
                choice("procurement.field.visibility", "procurement-visibility", "visibility", Visibility.values());
        MultiSelectComboBox<Organisation> participants =
                Fields.multiSelect(getTranslation("procurement.field.participants"));
        participants.setItems(others);
        participants.setItemLabelGenerator(Organisation::name);
        participants.setId("procurement-participants");
        participants.setVisible(starting);
        TextField contact = new TextField(getTranslation("procurement.field.contact"));
        contact.setId("procurement-contact");
        contact.setMaxLength(200);
        EmailField email = new EmailField(getTranslation("procurement.field.contactEmail"));
        email.setId("procurement-contact-email");
        ProcurementLinksField links = new ProcurementLinksField(sources, titles);

        binder.forField(title)
                .asRequired(getTranslation("procurement.error.title"))
                .bind("title");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(category)
                .asRequired(getTranslation("procurement.error.kind"))
                .bind("category");
        binder.forField(procedure)
                .asRequired(getTranslation("procurement.error.kind"))
                .bind("procedure");
        binder.forField(method).bind("frameworkMethod");
        binder.forField(level)
                .asRequired(getTranslation("procurement.error.kind"))
                .bind("collaborationLevel");
        binder.forField(contact).withNullRepresentation("").bind("contactName");
        binder.forField(email).withNullRepresentation("").bind("contactEmail");
        binder.forField(visibility).asRequired().bind("visibility");
        binder.forField(participants)
                .withConverter(KeptIds.of(others, Organisation::id))
                .bind("participantIds");
        binder.forField(links).bind("links");

        getContent()
                .add(
                        title,
                        category,
                        procedure,
                        method,
                        level,
                        visibility,
                        description,
                        participants,
                        contact,
                        email,
                        links);
        for (Component wide : List.<Component>of(title, description, participants, links)) {
            getContent().setColspan(wide, 2);
        }
        twoColumns();
    }

    private <E extends Enum<E>> ComboBox<E> choice(String labelKey, String id, String enumPrefix, E[] values) {
        ComboBox<E> box = new ComboBox<>(getTranslation(labelKey));
        box.setItems(values);
        box.setItemLabelGenerator(v -> EnumLabel.of(this, enumPrefix, v));
        box.setId(id);
        return box;
    }
}
