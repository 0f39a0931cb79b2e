package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.hoglandet.platform.initiative.AiActRole;
import se.hoglandet.platform.initiative.AiType;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeDetail;
import se.hoglandet.platform.initiative.InitiativeDetails;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeSharing;
import se.hoglandet.platform.initiative.PublicField;
import se.hoglandet.platform.initiative.RiskGroup;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.ui.error.UserMessages;
import se.hoglandet.platform.visibility.EditScope;
import se.hoglandet.platform.visibility.Visibility;

/**
 * Registers a new initiative or edits one as a whole. The visibility is always shown before saving; a refused save
 * keeps everything typed and says why, in the user's language.
 */
@Route("initiatives/new")
@RouteAlias("initiatives/" + RouteIds.ID + "/edit")
@RolesAllowed("PROJECT_LEAD")
public class InitiativeEditView extends Main implements BeforeEnterObserver, PortalView {

    private final InitiativeService initiatives;
    /** Partners to choose from: every active organisation but the author's own. */
    private final List<Organisation> others;

    private final List<Organisation> organisations;

    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final TextArea purpose = new TextArea();
    private final ComboBox<Area> area = new ComboBox<>();
    private final ComboBox<AiType> aiType = new ComboBox<>();
    private final TextField tags = new TextField();
    private final TextArea links = new TextArea();
    private final TextField tools = new TextField();
    private final TextField supplier = new TextField();
    private final TextArea dataUsed = new TextArea();
    private final ComboBox<DataClass> dataClass = new ComboBox<>();
    private final TextArea legalBasis = new TextArea();
    private final TextArea humanOversight = new TextArea();
    private final TextArea transparency = new TextArea();
    private final ComboBox<AiActRole> aiActRole = new ComboBox<>();
    private final ComboBox<RiskGroup> riskGroup = new ComboBox<>();
    private final TextField contactName = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final DatePicker startDate = new DatePicker();
    private final DatePicker endDate = new DatePicker();
    private final TextField budget = new TextField();
    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    private final MultiSelectComboBox<Organisation> participants = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Organisation> named = new MultiSelectComboBox<>();
    private final CheckboxGroup<PublicField> publicFields = new CheckboxGroup<>();
    private final RadioButtonGroup<CollaborationLevel> level = new RadioButtonGroup<>();
    private final Paragraph error = new Paragraph();

    private Long initiativeId;
    private long version;

    InitiativeEditView(InitiativeService initiatives, OrganisationService organisationService) {
        this.initiatives = initiatives;
        this.organisations = organisationService.pickable();
        this.others = organisationService.pickableOthers();
        addClassName("page");
        addClassName("initiative-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        initiativeId = event.getRouteParameters().getLong("id").orElse(null);
        InitiativeDetail detail = null;
        if (initiativeId != null) {
            try {
                detail = initiatives.detail(initiativeId);
            } catch (RuntimeException e) {
                if (UserMessages.keyFor(e) == null) {
                    throw e;
                }
                event.rerouteToError(NotFoundException.class);
                return;
            }
            if (detail.editScope() != EditScope.WHOLE) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        build(detail == null ? null : detail.initiative());
    }

    private void build(Initiative existing) {
        error.setId("form-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        text(title, "title", 200, true);
        title.setId("initiative-title");
        area(summary, "summary", 500, true);
        summary.setId("initiative-summary");
        area(purpose, "purpose", 2000, false);
        choice(area, "area", Area.values(), "initiative.area");
        choice(aiType, "aiType", AiType.values(), "initiative.aiType");
        text(tags, "tags", 600, false);
        tags.setHelperText(getTranslation("initiative.field.tags.help"));
        area(links, "links", 1000, false);
        links.setHelperText(getTranslation("initiative.field.links.help"));
        text(tools, "tools", 500, false);
        text(supplier, "supplier", 200, false);
        area(dataUsed, "dataUsed", 1000, false);
        choice(dataClass, "dataClass", DataClass.values(), "initiative.dataClass");
        area(legalBasis, "legalBasis", 1000, false);
        area(humanOversight, "humanOversight", 1000, false);
        area(transparency, "transparency", 1000, false);
        choice(aiActRole, "aiActRole", AiActRole.values(), "initiative.aiActRole");
        choice(riskGroup, "riskGroup", RiskGroup.values(), "initiative.riskGroup");
        text(contactName, "contactName", 200, false);
        contactEmail.setLabel(getTranslation("initiative.field.contactEmail"));
        contactEmail.setMaxLength(254);
        startDate.setLabel(getTranslation("initiative.field.startDate"));
        endDate.setLabel(getTranslation("initiative.field.endDate"));
        text(budget, "budget", 200, false);

        visibility.setLabel(getTranslation("initiative.field.visibility"));
        visibility.setId("initiative-visibility");
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v ->
                getTranslation("visibility." + v.name()) + " – " + getTranslation("visibility." + v.name() + ".help"));
        participants.setLabel(getTranslation("initiative.field.participants"));
        participants.setId("initiative-participants");
        participants.setItems(others);
        participants.setItemLabelGenerator(Organisation::name);
        named.setLabel(getTranslation("initiative.field.named"));
        named.setItems(others);
        named.setItemLabelGenerator(Organisation::name);
        named.setHelperText(getTranslation("initiative.field.named.help"));
        publicFields.setLabel(getTranslation("initiative.field.publicFields"));
        publicFields.setId("initiative-public-fields");
        publicFields.setItems(PublicField.values());
        publicFields.setItemLabelGenerator(f -> getTranslation("publicField." + f.name()));
        publicFields.setHelperText(getTranslation("initiative.field.publicFields.help"));

        level.setLabel(getTranslation("initiative.field.level"));
        level.setId("initiative-level");
        level.setItems(CollaborationLevel.values());
        level.setItemLabelGenerator(l ->
                getTranslation("initiative.level.short", l.number(), getTranslation("initiative.level." + l.number()))
                        + " – " + getTranslation("initiative.level." + l.number() + ".help"));

        if (existing == null) {
            area.setValue(Area.ADMINISTRATION);
            aiType.setValue(AiType.GENERATIVE);
            dataClass.setValue(DataClass.PUBLIC);
            aiActRole.setValue(AiActRole.DEPLOYER);
            riskGroup.setValue(RiskGroup.MINIMAL);
            visibility.setValue(Visibility.FEDERATION);
            publicFields.setValue(PublicField.defaults());
            level.setValue(CollaborationLevel.NETWORKING);
        } else {
            fill(existing);
        }

        FormLayout description = form(title, summary, purpose, area, aiType, tags, links);
        FormLayout dataAndLaw = form(tools, supplier, dataUsed, dataClass, legalBasis);
        FormLayout oversight = form(humanOversight, transparency, aiActRole, riskGroup);
        FormLayout practical = form(contactName, contactEmail, startDate, endDate, budget);
        FormLayout sharing = form(visibility, participants, named, publicFields);
        sharing.setColspan(visibility, 2);
        sharing.setColspan(publicFields, 2);

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-initiative");
        Button cancel = new Button(
                getTranslation("action.cancel"),
                click -> getUI().ifPresent(
                                ui -> ui.navigate(existing == null ? "initiatives" : "initiatives/" + existing.id())));

        add(
                error,
                section("initiative.section.description", description),
                section("initiative.section.data", dataAndLaw),
                section("initiative.section.oversight", oversight),
                section("initiative.section.practical", practical),
                section("initiative.section.sharing", sharing));
        if (existing == null) {
            add(section("initiative.section.level", form(level)));
        }
        add(new HorizontalLayout(save, cancel));
    }

    private void fill(Initiative i) {
        initiativeId = i.id();
        version = i.version();
        title.setValue(i.title());
        summary.setValue(i.summary());
        purpose.setValue(nz(i.purpose()));
        area.setValue(i.area());
        aiType.setValue(i.aiType());
        tags.setValue(String.join(", ", i.tags().stream().sorted().toList()));
        links.setValue(nz(i.links()));
        tools.setValue(nz(i.tools()));
        supplier.setValue(nz(i.supplier()));
        dataUsed.setValue(nz(i.dataUsed()));
        dataClass.setValue(i.dataClass());
        legalBasis.setValue(nz(i.legalBasis()));
        humanOversight.setValue(nz(i.humanOversight()));
        transparency.setValue(nz(i.transparency()));
        aiActRole.setValue(i.aiActRole());
        riskGroup.setValue(i.riskGroup());
        contactName.setValue(nz(i.contactName()));
        contactEmail.setValue(nz(i.contactEmail()));
        startDate.setValue(i.startDate());
        endDate.setValue(i.endDate());
        budget.setValue(nz(i.budget()));
        visibility.setValue(i.visibility());
        Set<Long> participantIds =
                i.participatingOrganisations().stream().map(Organisation::id).collect(Collectors.toSet());
        Set<Long> namedIds =
                i.namedOrganisations().stream().map(Organisation::id).collect(Collectors.toSet());
        participants.setValue(organisations.stream()
                .filter(o -> participantIds.contains(o.id()))
                .collect(Collectors.toSet()));
        named.setValue(
                organisations.stream().filter(o -> namedIds.contains(o.id())).collect(Collectors.toSet()));
        publicFields.setValue(i.publicFields());
    }

    private void save() {
        InitiativeDetails details = new InitiativeDetails(
                title.getValue(),
                summary.getValue(),
                purpose.getValue(),
                contactName.getValue(),
                contactEmail.getValue(),
                area.getValue(),
                aiType.getValue(),
                tools.getValue(),
                supplier.getValue(),
                dataUsed.getValue(),
                dataClass.getValue(),
                legalBasis.getValue(),
                humanOversight.getValue(),
                transparency.getValue(),
                aiActRole.getValue(),
                riskGroup.getValue(),
                startDate.getValue(),
                endDate.getValue(),
                budget.getValue(),
                links.getValue(),
                Arrays.stream(tags.getValue().split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .collect(Collectors.toSet()));
        InitiativeSharing sharing = new InitiativeSharing(
                visibility.getValue(),
                participants.getValue().stream().map(Organisation::id).collect(Collectors.toSet()),
                named.getValue().stream().map(Organisation::id).collect(Collectors.toSet()),
                publicFields.getValue());
        if (contactEmail.isInvalid()) {
            showError(getTranslation("initiative.error.contactEmail"));
            return;
        }
        try {
            Initiative saved = initiativeId == null
                    ? initiatives.create(
                            details,
                            sharing,
                            level.getValue() == null ? CollaborationLevel.NETWORKING : level.getValue())
                    : initiatives.update(initiativeId, version, details, sharing);
            getUI().ifPresent(ui -> ui.navigate("initiatives/" + saved.id()));
            com.vaadin.flow.component.notification.Notification.show(
                    getTranslation("action.saved"),
                    3000,
                    com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        } catch (RuntimeException refused) {
            String key = UserMessages.keyFor(refused);
            if (key == null) {
                throw refused;
            }
            // Everything typed stays in the form.
            showError(getTranslation(key));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        error.getElement().callJsFunction("scrollIntoView");
    }

    private void text(TextField field, String name, int max, boolean required) {
        field.setLabel(getTranslation("initiative.field." + name));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(required);
    }

    private void area(TextArea field, String name, int max, boolean required) {
        field.setLabel(getTranslation("initiative.field." + name));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(required);
    }

    private <E extends Enum<E>> void choice(ComboBox<E> box, String name, E[] values, String labelPrefix) {
        box.setLabel(getTranslation("initiative.field." + name));
        box.setItems(values);
        box.setItemLabelGenerator(value -> EnumLabel.of(this, labelPrefix, value));
        box.setRequiredIndicatorVisible(true);
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private Div section(String key, FormLayout content) {
        Div section = new Div(new H2(getTranslation(key)), content);
        section.addClassName("form-section");
        return section;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String viewTitle() {
        return getTranslation(initiativeId == null ? "initiatives.new" : "initiatives.edit");
    }
}
