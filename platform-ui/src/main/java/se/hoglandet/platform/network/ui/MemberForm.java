package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import se.hoglandet.platform.network.MemberRole;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.RecordForm;

/** A coordinator adds (invites) a person of any organisation as member or coordinator. */
class MemberForm extends RecordForm<MemberForm.NewMember> {

    /** The core takes the person's id and the role; the form keeps the person to show their name. */
    public record NewMember(Person person, MemberRole role) {}

    MemberForm(PersonService people) {
        super(NewMember.class);
        ComboBox<Person> person = PersonPicker.of(getTranslation("network.member.person"), people);
        person.setId("member-person");
        RadioButtonGroup<MemberRole> role = new RadioButtonGroup<>(getTranslation("network.member.role"));
        role.setItems(MemberRole.values());
        role.setItemLabelGenerator(r -> EnumLabel.of(this, "network.role", r));
        role.setId("member-role");
        binder.forField(person)
                .asRequired(getTranslation("network.error.person"))
                .bind("person");
        binder.forField(role).asRequired(getTranslation("network.error.role")).bind("role");
        getContent().add(person, role);
        oneColumn();
        edit(new NewMember(null, MemberRole.MEMBER));
    }
}
