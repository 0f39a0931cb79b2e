package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.hoglandet.platform.assessment.AssessmentDraft;
import se.hoglandet.platform.assessment.TemplateDefinition;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.Choice;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.KeptIds;
import se.hoglandet.platform.ui.form.RecordForm;
import se.hoglandet.platform.visibility.Visibility;

/**
 * An assessment as its author writes it, over the core's {@link AssessmentDraft}: the subject (tool, initiatives
 * by title), case number, secrecy and who may read it (shown before saving), the template's answers and the risk
 * register. What is loaded is what is saved: initiatives or organisations the form cannot show are kept.
 */
class AssessmentForm extends RecordForm<AssessmentDraft> {

    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    private final MultiSelectComboBox<Organisation> named;

    /**
     * @param template          the questions and whether there is a risk register
     * @param organisations     the organisations one may name or take part with
     * @param initiativeSearch  initiatives the reader may read, by title, paged
     * @param initiativeTitles  titles of given initiatives the reader may read
     */
    AssessmentForm(
            TemplateDefinition template,
            List<Organisation> organisations,
            CallbackDataProvider.FetchCallback<Choice, String> initiativeSearch,
            Function<Set<Long>, Map<Long, String>> initiativeTitles) {
        super(AssessmentDraft.class);
        named = Fields.multiSelect(getTranslation("assessment.field.named"));
        H3 subject = new H3(getTranslation("assessment.section.subject"));
        TextField title = text("assessment.field.title", "assessment-title", 200);
        title.setRequiredIndicatorVisible(true);
        TextField tool = text("assessment.field.tool", "assessment-tool", 200);
        TextField caseNumber = text("assessment.field.caseNumber", "assessment-case-number", 60);
        MultiSelectComboBox<Choice> initiatives = Fields.multiSelect(getTranslation("assessment.field.initiatives"));
        initiatives.setId("assessment-initiatives");
        initiatives.setItemLabelGenerator(Choice::label);
        initiatives.setItems(initiativeSearch);
        Checkbox secret = new Checkbox(getTranslation("assessment.field.secret"));
        secret.setId("assessment-secret");
        configureVisibility(secret);
        MultiSelectComboBox<Organisation> participating =
                organisationPicker("assessment.field.participating", "assessment-participating", organisations);
        participating.setHelperText(getTranslation("assessment.field.participating.help"));
        organisationPicker(named, "assessment-named", organisations);
        AnswersField answers = new AnswersField(template);
        RiskRegisterField risks = new RiskRegisterField();
        risks.setVisible(template.riskRegister());

        binder.forField(title)
                .asRequired(getTranslation("assessment.error.title"))
                .bind("title");
        binder.forField(tool).withNullRepresentation("").bind("tool");
        binder.forField(caseNumber).withNullRepresentation("").bind("caseNumber");
        binder.forField(secret).bind("secret");
        binder.forField(visibility).asRequired().bind("visibility");
        binder.forField(named)
                .withConverter(KeptIds.of(organisations, Organisation::id))
                .bind("namedOrganisationIds");
        binder.forField(participating)
                .withConverter(KeptIds.of(organisations, Organisation::id))
                .bind("participatingOrganisationIds");
        binder.forField(initiatives)
                .withConverter(new KeptIds<>(
                        Choice::id,
                        ids -> initiativeTitles.apply(ids).entrySet().stream()
                                .map(e -> new Choice(e.getKey(), e.getValue()))
                                .toList()))
                .bind("initiativeIds");
        binder.forField(answers).bind("answers");
        binder.forField(risks).bind("risks");

        getContent().add(subject, title, tool, caseNumber, initiatives, secret, visibility, named, participating);
        getContent().add(answers, risks);
        for (Component wide :
                List.<Component>of(subject, title, initiatives, visibility, named, participating, answers, risks)) {
            getContent().setColspan(wide, 2);
        }
        twoColumns();
    }

    @Override
    public void edit(AssessmentDraft draft) {
        super.edit(draft);
        named.setVisible(draft.visibility() == Visibility.SHARED);
    }

    private void configureVisibility(Checkbox secret) {
        visibility.setLabel(getTranslation("assessment.field.visibility"));
        visibility.setId("assessment-visibility");
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(
                v -> EnumLabel.of(this, "visibility", v) + " – " + getTranslation("visibility." + v.name() + ".help"));
        // Under secrecy (OSL) only PRIVATE and SHARED can be chosen; the service enforces it either way.
        secret.addValueChangeListener(change -> visibility.setItemEnabledProvider(
                v -> !change.getValue() || Visibility.allowedUnderSecrecy().contains(v)));
        // Naming organisations only means something for a shared assessment; the names are kept while hidden.
        visibility.addValueChangeListener(change -> named.setVisible(change.getValue() == Visibility.SHARED));
    }

    private TextField text(String labelKey, String id, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }

    private MultiSelectComboBox<Organisation> organisationPicker(
            String labelKey, String id, List<Organisation> organisations) {
        return organisationPicker(Fields.multiSelect(getTranslation(labelKey)), id, organisations);
    }

    private static MultiSelectComboBox<Organisation> organisationPicker(
            MultiSelectComboBox<Organisation> picker, String id, List<Organisation> organisations) {
        picker.setId(id);
        picker.setItems(organisations);
        picker.setItemLabelGenerator(Organisation::name);
        return picker;
    }
}
