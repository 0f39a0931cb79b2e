package se.hoglandet.platform.organisation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.List;
import java.util.Optional;
import se.hoglandet.platform.organisation.Organisation;

/**
 * Name, owning municipality and organisation number of a company. Validates as the user types, in the user's
 * language; never calls a service: the view asks it for a valid draft.
 */
class CompanyForm extends Composite<FormLayout> {

    private final Binder<CompanyDraft> binder = new Binder<>(CompanyDraft.class);
    private final ComboBox<Organisation> municipality = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField organisationNumber = new TextField();

    CompanyForm(List<Organisation> municipalities) {
        municipality.setLabel(getTranslation("organisations.field.municipality"));
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(Organisation::name);
        municipality.setId("company-municipality");

        name.setLabel(getTranslation("organisations.field.name"));
        name.setMaxLength(Organisation.MAX_NAME_LENGTH);
        name.setId("company-name");

        organisationNumber.setLabel(getTranslation("organisations.field.organisationNumber"));
        organisationNumber.setHelperText(getTranslation("organisations.field.organisationNumber.help"));
        organisationNumber.setId("company-organisation-number");

        binder.forField(municipality)
                .asRequired(getTranslation("validation.required"))
                .bind(CompanyDraft::getMunicipality, CompanyDraft::setMunicipality);
        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.length", 1, Organisation.MAX_NAME_LENGTH),
                        1,
                        Organisation.MAX_NAME_LENGTH))
                .bind(CompanyDraft::getName, CompanyDraft::setName);
        binder.forField(organisationNumber)
                .withValidator(new RegexpValidator(
                        getTranslation("organisation.error.organisationNumber"), "^(\\d{6}-\\d{4})?$"))
                .bind(CompanyDraft::getOrganisationNumber, CompanyDraft::setOrganisationNumber);

        getContent().add(municipality, name, organisationNumber);
    }

    void edit(CompanyDraft draft) {
        binder.setBean(draft);
        // The owner of an existing company does not change.
        municipality.setReadOnly(!draft.isNew());
    }

    /** The draft when every field is valid; otherwise the fields show why. */
    Optional<CompanyDraft> validDraft() {
        return binder.validate().isOk() ? Optional.of(binder.getBean()) : Optional.empty();
    }

    void showServerError(String message) {
        name.setErrorMessage(message);
        name.setInvalid(true);
    }
}
