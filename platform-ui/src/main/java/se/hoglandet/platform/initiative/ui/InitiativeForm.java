package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.hoglandet.platform.initiative.AiActRole;
import se.hoglandet.platform.initiative.AiType;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.initiative.InitiativeDetails;
import se.hoglandet.platform.initiative.InitiativeSharing;
import se.hoglandet.platform.initiative.PublicField;
import se.hoglandet.platform.initiative.RiskGroup;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.Converters;
import se.hoglandet.platform.ui.form.DraftForm;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.FormButtons;
import se.hoglandet.platform.visibility.Visibility;

/**
 * Everything a project lead describes about an initiative, in the order the public algorithm registers ask for it,
 * with the visibility always in view before saving. Two binders over the core's two drafts ({@link
 * InitiativeDetails}, {@link InitiativeSharing}); the first collaboration level only for a new initiative. A save
 * with an invalid field moves the focus to it. Never calls a service: its page listens for the save event.
 */
class InitiativeForm extends Composite<FormLayout> implements DraftForm<InitiativeDraft> {

    private final Binder<InitiativeDetails> details = new Binder<>(InitiativeDetails.class);
    private final Binder<InitiativeSharing> sharing = new Binder<>(InitiativeSharing.class);
    private final RadioButtonGroup<CollaborationLevel> level = new RadioButtonGroup<>();
    private final FormButtons<InitiativeDraft> buttons = new FormButtons<>(this, "save-initiative");

    /**
     * @param partners the organisations that may take part or be named: every active one but the author's own
     * @param isNew    whether the form registers a new initiative (then it asks for the collaboration level)
     */
    InitiativeForm(List<Organisation> partners, boolean isNew) {
        FormLayout form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.addClassName("initiative-form");
        description();
        dataAndLaw();
        oversight();
        practical();
        sharing(partners);
        if (isNew) {
            heading("initiative.section.level");
            level.setLabel(getTranslation("initiative.field.level"));
            level.setId("initiative-level");
            level.setItems(CollaborationLevel.values());
            level.setItemLabelGenerator(
                    l -> Labels.level(this, l) + " – " + getTranslation("initiative.level." + l.number() + ".help"));
            full(level);
        }
        full(buttons);
    }

    private void description() {
        heading("initiative.section.description");
        TextField title = text("title", 200);
        details.forField(title)
                .asRequired(getTranslation("initiative.error.title"))
                .bind("title");
        TextArea summary = area("summary", 500);
        details.forField(summary)
                .asRequired(getTranslation("initiative.error.summary"))
                .bind("summary");
        full(title);
        full(summary);
        bindText(area("purpose", 2000), "purpose");
        choice("area", Area.values(), "initiative.area");
        choice("aiType", AiType.values(), "initiative.aiType");
        TextField tags = text("tags", 600);
        tags.setHelperText(getTranslation("initiative.field.tags.help"));
        details.forField(tags).withConverter(Converters.tags()).bind("tags");
        getContent().add(tags);
        TextArea links = area("links", 1000);
        links.setHelperText(getTranslation("initiative.field.links.help"));
        bindText(links, "links");
    }

    private void dataAndLaw() {
        heading("initiative.section.data");
        bindText(text("tools", 500), "tools");
        bindText(text("supplier", 200), "supplier");
        bindText(area("dataUsed", 1000), "dataUsed");
        choice("dataClass", DataClass.values(), "initiative.dataClass");
        bindText(area("legalBasis", 1000), "legalBasis");
    }

    private void oversight() {
        heading("initiative.section.oversight");
        bindText(area("humanOversight", 1000), "humanOversight");
        bindText(area("transparency", 1000), "transparency");
        choice("aiActRole", AiActRole.values(), "initiative.aiActRole");
        choice("riskGroup", RiskGroup.values(), "initiative.riskGroup");
    }

    private void practical() {
        heading("initiative.section.practical");
        bindText(text("contactName", 200), "contactName");
        EmailField email = new EmailField(getTranslation("initiative.field.contactEmail"));
        email.setMaxLength(254);
        email.setId("initiative-contactEmail");
        details.forField(email)
                .withNullRepresentation("")
                .withValidator(new EmailValidator(getTranslation("initiative.error.contactEmail"), true))
                .bind("contactEmail");
        getContent().add(email);
        DatePicker start = Fields.datePicker(getTranslation("initiative.field.startDate"));
        start.setId("initiative-startDate");
        details.forField(start).bind("startDate");
        DatePicker end = Fields.datePicker(getTranslation("initiative.field.endDate"));
        end.setId("initiative-endDate");
        details.forField(end).bind("endDate");
        getContent().add(start, end);
        bindText(text("budget", 200), "budget");
    }

    private void sharing(List<Organisation> partners) {
        heading("initiative.section.sharing");
        RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>(getTranslation("initiative.field.visibility"));
        visibility.setId("initiative-visibility");
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v ->
                getTranslation("visibility." + v.name()) + " – " + getTranslation("visibility." + v.name() + ".help"));
        sharing.forField(visibility).asRequired().bind("visibility");
        MultiSelectComboBox<Organisation> participants =
                organisations("initiative.field.participants", "initiative-participants", partners);
        sharing.forField(participants)
                .withConverter(Converters.organisationIds(partners))
                .bind("participatingOrganisationIds");
        MultiSelectComboBox<Organisation> named = organisations("initiative.field.named", "initiative-named", partners);
        named.setHelperText(getTranslation("initiative.field.named.help"));
        sharing.forField(named)
                .withConverter(Converters.organisationIds(partners))
                .bind("namedOrganisationIds");
        CheckboxGroup<PublicField> publicFields = new CheckboxGroup<>(getTranslation("initiative.field.publicFields"));
        publicFields.setId("initiative-public-fields");
        publicFields.setItems(PublicField.values());
        publicFields.setItemLabelGenerator(f -> getTranslation("publicField." + f.name()));
        publicFields.setHelperText(getTranslation("initiative.field.publicFields.help"));
        sharing.forField(publicFields).bind("publicFields");
        full(visibility);
        getContent().add(participants, named);
        full(publicFields);
    }

    @Override
    public void edit(InitiativeDraft draft) {
        details.readRecord(draft.details());
        sharing.readRecord(draft.sharing());
        level.setValue(draft.level());
    }

    /** The draft when every field is valid; otherwise empty, the fields say why and the first has the focus. */
    @Override
    public Optional<InitiativeDraft> validDraft() {
        Optional<InitiativeDetails> described = DraftForm.validRecord(details);
        Optional<InitiativeSharing> shared = DraftForm.validRecord(sharing);
        if (described.isEmpty() || shared.isEmpty()) {
            Stream.concat(details.getFields(), sharing.getFields())
                    .filter(field -> field instanceof HasValidation validated && validated.isInvalid())
                    .findFirst()
                    .ifPresent(field -> {
                        if (field instanceof Focusable<?> focusable) {
                            focusable.focus();
                        }
                    });
            return Optional.empty();
        }
        return Optional.of(new InitiativeDraft(described.get(), shared.get(), level.getValue()));
    }

    Registration addSaveListener(ComponentEventListener<FormButtons.SaveEvent<InitiativeDraft>> listener) {
        return buttons.addSaveListener(listener);
    }

    Registration addCancelListener(ComponentEventListener<FormButtons.CancelEvent> listener) {
        return buttons.addCancelListener(listener);
    }

    private void heading(String key) {
        full(new H3(getTranslation(key)));
    }

    private void full(Component component) {
        getContent().add(component);
        getContent().setColspan(component, 2);
    }

    private TextField text(String name, int max) {
        TextField field = new TextField(getTranslation("initiative.field." + name));
        field.setId("initiative-" + name);
        field.setMaxLength(max);
        return field;
    }

    private TextArea area(String name, int max) {
        TextArea field = new TextArea(getTranslation("initiative.field." + name));
        field.setId("initiative-" + name);
        field.setMaxLength(max);
        return field;
    }

    /** An optional text: blank is saved as nothing, and nothing is shown as blank. */
    private void bindText(com.vaadin.flow.component.HasValue<?, String> field, String property) {
        details.forField(field).withNullRepresentation("").bind(property);
        getContent().add((Component) field);
    }

    private <E extends Enum<E>> void choice(String name, E[] values, String labelPrefix) {
        ComboBox<E> box = new ComboBox<>(getTranslation("initiative.field." + name));
        box.setItems(values);
        box.setItemLabelGenerator(value -> EnumLabel.of(this, labelPrefix, value));
        box.setId("initiative-" + name);
        details.forField(box)
                .asRequired(getTranslation("initiative.error.classification"))
                .bind(name);
        getContent().add(box);
    }

    private MultiSelectComboBox<Organisation> organisations(String labelKey, String id, List<Organisation> offered) {
        MultiSelectComboBox<Organisation> box = Fields.multiSelect(getTranslation(labelKey));
        box.setItems(offered);
        box.setItemLabelGenerator(Organisation::name);
        box.setId(id);
        return box;
    }
}
