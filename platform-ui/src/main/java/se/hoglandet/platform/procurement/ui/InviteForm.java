package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.form.RecordForm;

/** The lead invites one more organisation, among those not yet taking part. */
class InviteForm extends RecordForm<InviteForm.Invitation> {

    /** Whom to invite; the core takes the organisation's id, so the form has its own small record. */
    public record Invitation(Organisation organisation) {}

    InviteForm(List<Organisation> invitable) {
        super(Invitation.class);
        ComboBox<Organisation> organisation = new ComboBox<>(getTranslation("procurement.field.organisation"));
        organisation.setItems(invitable);
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setId("invite-organisation");
        binder.forField(organisation)
                .asRequired(getTranslation("procurement.error.organisation"))
                .bind("organisation");
        getContent().add(organisation);
        oneColumn();
    }
}
