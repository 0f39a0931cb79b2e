package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import se.hoglandet.platform.procurement.ParticipantPart;
import se.hoglandet.platform.procurement.ParticipantStatus;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.NumberInput;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * An organisation's own part in a joint procurement, over the core's {@link ParticipantPart}: its status, volume,
 * estimated value (read strictly: a refusal says why, in the dialog and at the field; nothing is saved, not even
 * a changed status, while it is refused) and contact.
 */
class ParticipantForm extends RecordForm<ParticipantPart> {

    private final NumberInput<BigDecimal> value = NumberInput.amount(getTranslation("participant.value"));

    ParticipantForm() {
        super(ParticipantPart.class);
        RadioButtonGroup<ParticipantStatus> status =
                new RadioButtonGroup<>(getTranslation("procurement.field.participantStatus"));
        status.setItems(ParticipantStatus.values());
        status.setItemLabelGenerator(s -> EnumLabel.of(this, "participant.status", s));
        status.setId("participant-status");
        TextField volume = new TextField(getTranslation("participant.volume"));
        volume.setId("participant-volume");
        volume.setMaxLength(200);
        value.setId("participant-value");
        TextField contact = new TextField(getTranslation("procurement.field.contact"));
        contact.setId("participant-contact");
        contact.setMaxLength(200);
        binder.forField(status).asRequired().bind("status");
        binder.forField(volume).withNullRepresentation("").bind("volume");
        binder.forField(value).bind("estimatedValue");
        binder.forField(contact).withNullRepresentation("").bind("contactName");
        getContent().add(status, volume, value, contact);
        oneColumn();
    }
}
