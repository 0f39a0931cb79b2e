package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentFilter;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.procurement.FrameworkMethod;
import se.hoglandet.platform.procurement.LinkKind;
import se.hoglandet.platform.procurement.Procurement;
import se.hoglandet.platform.procurement.ProcurementCategory;
import se.hoglandet.platform.procurement.ProcurementDraft;
import se.hoglandet.platform.procurement.ProcurementLink;
import se.hoglandet.platform.procurement.ProcurementPhase;
import se.hoglandet.platform.procurement.ProcurementProcedure;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.visibility.Visibility;

/**
 * Starts a joint procurement led by the user's organisation. Opened from an alignment suggestion it is pre-filled
 * (category, organisations, contract start), and the timeline is proposed from the contract start: tender published
 * six months and needs analysis twelve months before.
 */
@Route("procurements/new")
@RolesAllowed("PROCUREMENT")
public class ProcurementFormView extends Main implements BeforeEnterObserver, PortalView {

    private final TextField title = new TextField();
    private final ComboBox<ProcurementCategory> category = new ComboBox<>();
    private final MultiSelectComboBox<Organisation> participants = new MultiSelectComboBox<>();
    private final DatePicker contractStart = new DatePicker();
    private final DatePicker needsAnalysis = new DatePicker();
    private final DatePicker tenderPublished = new DatePicker();
    private final List<Organisation> organisations;

    ProcurementFormView(
            ProcurementService procurements,
            OrganisationService organisationService,
            ToolService tools,
            AssessmentService assessments,
            se.hoglandet.platform.initiative.InitiativeService initiatives) {
        addClassName("page");
        organisations = organisationService.pickableOthers();
        title.setLabel(getTranslation("procurement.field.title"));
        title.setId("procurement-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("procurement.field.description"));
        description.setMaxLength(4000);
        category.setLabel(getTranslation("procurement.field.category"));
        category.setItems(ProcurementCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("procurement.category." + c.name()));
        category.setId("procurement-category");
        ComboBox<ProcurementProcedure> procedure = new ComboBox<>(getTranslation("procurement.field.procedure"));
        procedure.setItems(ProcurementProcedure.values());
        procedure.setItemLabelGenerator(p -> getTranslation("procurement.procedure." + p.name()));
        procedure.setValue(ProcurementProcedure.OPEN);
        procedure.setId("procurement-procedure");
        ComboBox<FrameworkMethod> method = new ComboBox<>(getTranslation("procurement.field.frameworkMethod"));
        method.setItems(FrameworkMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("procurement.frameworkMethod." + m.name()));
        method.setClearButtonVisible(true);
        ComboBox<CollaborationLevel> level = new ComboBox<>(getTranslation("procurement.field.level"));
        level.setItems(CollaborationLevel.values());
        level.setItemLabelGenerator(l ->
                getTranslation("initiative.level.short", l.number(), getTranslation("initiative.level." + l.number())));
        level.setValue(CollaborationLevel.JOINT_DEVELOPMENT);
        TextField contact = new TextField(getTranslation("procurement.field.contact"));
        EmailField email = new EmailField(getTranslation("procurement.field.contactEmail"));
        ComboBox<Visibility> visibility = new ComboBox<>(getTranslation("procurement.field.visibility"));
        visibility.setItems(Visibility.PRIVATE, Visibility.SHARED, Visibility.FEDERATION, Visibility.PUBLIC);
        visibility.setItemLabelGenerator(v -> getTranslation("visibility." + v.name()));
        visibility.setValue(Visibility.FEDERATION);
        participants.setLabel(getTranslation("procurement.field.participants"));
        participants.setItems(organisations);
        participants.setItemLabelGenerator(Organisation::name);
        participants.setId("procurement-participants");
        // The initiatives it serves: searched by title among those the user may read (lazy, paged).
        MultiSelectComboBox<se.hoglandet.platform.initiative.Initiative> initiativeLinks =
                new MultiSelectComboBox<>(getTranslation("procurement.field.initiatives"));
        initiativeLinks.setItemLabelGenerator(se.hoglandet.platform.initiative.Initiative::title);
        initiativeLinks.setItems(query -> initiatives
                .register(
                        new se.hoglandet.platform.initiative.InitiativeFilter(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                query.getFilter().orElse("")),
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        initiativeLinks.setId("procurement-initiatives");
        MultiSelectComboBox<AiTool> toolLinks = new MultiSelectComboBox<>(getTranslation("procurement.field.tools"));
        toolLinks.setItems(tools.catalogue());
        toolLinks.setItemLabelGenerator(AiTool::name);
        MultiSelectComboBox<Assessment> assessmentLinks =
                new MultiSelectComboBox<>(getTranslation("procurement.field.assessments"));
        assessmentLinks.setItems(query -> assessments
                .list(
                        new AssessmentFilter(
                                null, null, null, null, query.getFilter().orElse("")),
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        assessmentLinks.setItemLabelGenerator(
                a -> a.title() + " (" + a.ownerOrganisation().name() + ")");

        contractStart.setLabel(getTranslation("procurement.field.contractStart"));
        contractStart.setId("procurement-contract-start");
        needsAnalysis.setLabel(getTranslation("procurement.phase.NEEDS_ANALYSIS"));
        tenderPublished.setLabel(getTranslation("procurement.phase.TENDER_PUBLISHED"));
        contractStart.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                tenderPublished.setValue(change.getValue().minusMonths(6));
                needsAnalysis.setValue(change.getValue().minusMonths(12));
            }
        });

        FormError error = new FormError();
        Button save = new Button(getTranslation("procurement.action.create"), click -> {
            Set<ProcurementLink> links = new HashSet<>();
            toolLinks.getValue().forEach(t -> links.add(new ProcurementLink(LinkKind.TOOL, t.id())));
            initiativeLinks.getValue().forEach(i -> links.add(new ProcurementLink(LinkKind.INITIATIVE, i.id())));
            assessmentLinks.getValue().forEach(a -> links.add(new ProcurementLink(LinkKind.ASSESSMENT, a.id())));
            ProcurementDraft draft = new ProcurementDraft(
                    title.getValue(),
                    description.getValue(),
                    category.getValue(),
                    procedure.getValue(),
                    method.getValue(),
                    level.getValue(),
                    contact.getValue(),
                    email.getValue(),
                    visibility.getValue(),
                    participants.getValue().stream().map(Organisation::id).collect(Collectors.toSet()),
                    links);
            Map<ProcurementPhase, LocalDate> planned = new EnumMap<>(ProcurementPhase.class);
            if (needsAnalysis.getValue() != null) {
                planned.put(ProcurementPhase.NEEDS_ANALYSIS, needsAnalysis.getValue());
            }
            if (tenderPublished.getValue() != null) {
                planned.put(ProcurementPhase.TENDER_PUBLISHED, tenderPublished.getValue());
            }
            if (contractStart.getValue() != null) {
                planned.put(ProcurementPhase.CONTRACT_ACTIVE, contractStart.getValue());
            }
            Procurement[] created = new Procurement[1];
            if (error.attempt(() -> created[0] = procurements.create(draft, planned))) {
                getUI().ifPresent(ui -> ui.navigate("procurements/" + created[0].id()));
            }
        });
        save.setId("save-procurement");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(
                title,
                category,
                procedure,
                method,
                level,
                visibility,
                description,
                participants,
                contact,
                email,
                initiativeLinks,
                toolLinks,
                assessmentLinks);
        form.setColspan(initiativeLinks, 2);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(participants, 2);
        FormLayout timeline = new FormLayout(contractStart, tenderPublished, needsAnalysis);
        add(
                new H2(getTranslation("procurement.action.create")),
                new Paragraph(getTranslation("procurement.form.intro")),
                error,
                form,
                new H3(getTranslation("procurement.timeline")),
                timeline,
                save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters
                .getSingleParameter("category")
                .flatMap(value -> Arrays.stream(ProcurementCategory.values())
                        .filter(c -> c.name().equals(value))
                        .findFirst())
                .ifPresent(c -> {
                    category.setValue(c);
                    if (title.isEmpty()) {
                        title.setValue(getTranslation(
                                "procurement.suggestedTitle", getTranslation("procurement.category." + c.name())));
                    }
                });
        parameters.getSingleParameter("participants").ifPresent(value -> {
            Set<String> ids = Set.of(value.split(","));
            participants.setValue(organisations.stream()
                    .filter(o -> ids.contains(String.valueOf(o.id())))
                    .collect(Collectors.toSet()));
        });
        parameters.getSingleParameter("start").ifPresent(value -> {
            try {
                contractStart.setValue(LocalDate.parse(value));
            } catch (java.time.format.DateTimeParseException ignored) {
                // A hand-edited address: leave the date empty.
            }
        });
    }

    @Override
    public String viewTitle() {
        return getTranslation("procurement.action.create");
    }
}
