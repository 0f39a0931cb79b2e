package se.hoglandet.platform.incident.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.form.Converters;
import se.hoglandet.platform.ui.form.DraftForm;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.visibility.Visibility;

/** Who may read an incident beyond its organisation's handlers: never the public. */
class IncidentSharingForm extends Composite<FormLayout> implements DraftForm<IncidentSharingForm.Draft> {

    /** The visibility and named organisations the service's {@code share} takes. */
    public record Draft(Visibility visibility, Set<Long> namedOrganisationIds) {}

    private final Binder<Draft> binder = new Binder<>(Draft.class);

    IncidentSharingForm(List<Organisation> organisations) {
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
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    @Override
    public void edit(Draft draft) {
        binder.readRecord(draft);
    }

    @Override
    public Optional<Draft> validDraft() {
        return DraftForm.validRecord(binder);
    }
}
