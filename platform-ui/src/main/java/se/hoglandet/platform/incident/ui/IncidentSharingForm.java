package se.hoglandet.platform.incident.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Set;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.form.Converters;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.RecordForm;
import se.hoglandet.platform.visibility.Visibility;

/** Who may read an incident beyond its organisation's handlers: never the public. */
class IncidentSharingForm extends RecordForm<IncidentSharingForm.Draft> {

    /** The visibility and named organisations the service's {@code share} takes. */
    public record Draft(Visibility visibility, Set<Long> namedOrganisationIds) {}

    IncidentSharingForm(List<Organisation> organisations) {
        super(Draft.class);
        RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>(getTranslation("incident.field.visibility"));
        visibility.setItems(Visibility.PRIVATE, Visibility.SHARED, Visibility.FEDERATION);
        visibility.setItemLabelGenerator(v -> getTranslation("visibility." + v.name()) + " – "
                + getTranslation(
                        v == Visibility.PRIVATE ? "incident.visibility.private" : "visibility." + v.name() + ".help"));
        visibility.setId("incident-visibility");
        MultiSelectComboBox<Organisation> named = Fields.multiSelect(getTranslation("assessment.field.named"));
        named.setItems(organisations);
        named.setItemLabelGenerator(Organisation::name);
        named.setId("incident-named");
        binder.forField(visibility).asRequired().bind("visibility");
        binder.forField(named)
                .withConverter(Converters.organisationIds(organisations))
                .bind("namedOrganisationIds");
        getContent().add(visibility, named);
        oneColumn();
    }
}
