package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import se.hoglandet.platform.network.MembershipMode;
import se.hoglandet.platform.network.NetworkDraft;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.Converters;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.RecordForm;
import se.hoglandet.platform.visibility.Visibility;

/** A network's name, purpose, how people join and who else may read it, over the core's {@link NetworkDraft}. */
class NetworkForm extends RecordForm<NetworkDraft> {

    private final MultiSelectComboBox<Organisation> named = Fields.multiSelect("");

    NetworkForm(List<Organisation> otherOrganisations) {
        super(NetworkDraft.class);
        TextField name = new TextField(getTranslation("network.field.name"));
        name.setId("network-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        TextArea purpose = new TextArea(getTranslation("network.field.purpose"));
        purpose.setId("network-purpose");
        purpose.setMaxLength(2000);
        purpose.setRequiredIndicatorVisible(true);
        RadioButtonGroup<MembershipMode> mode = new RadioButtonGroup<>(getTranslation("network.field.mode"));
        mode.setItems(MembershipMode.values());
        mode.setItemLabelGenerator(m -> EnumLabel.of(this, "network.mode", m));
        mode.setId("network-mode");
        RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>(getTranslation("initiative.field.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v ->
                getTranslation("visibility." + v.name()) + " – " + getTranslation("visibility." + v.name() + ".help"));
        visibility.setId("network-visibility");
        named.setLabel(getTranslation("lesson.field.named"));
        named.setItems(otherOrganisations);
        named.setItemLabelGenerator(Organisation::name);
        named.setId("network-named");
        // Naming organisations only means something for a shared network; the names are kept while hidden.
        visibility.addValueChangeListener(change -> named.setVisible(change.getValue() == Visibility.SHARED));

        binder.forField(name).asRequired(getTranslation("network.error.name")).bind("name");
        binder.forField(purpose)
                .asRequired(getTranslation("network.error.purpose"))
                .bind("purpose");
        binder.forField(mode)
                .asRequired(getTranslation("network.error.membershipMode"))
                .bind("membershipMode");
        binder.forField(visibility).asRequired().bind("visibility");
        binder.forField(named)
                .withConverter(Converters.organisationIds(otherOrganisations))
                .bind("namedOrganisationIds");
        getContent().add(name, purpose, mode, visibility, named);
        oneColumn();
    }

    @Override
    public void edit(NetworkDraft draft) {
        super.edit(draft);
        named.setVisible(draft.visibility() == Visibility.SHARED);
    }
}
