package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.procurement.Procurement;
import se.hoglandet.platform.procurement.ProcurementCategory;
import se.hoglandet.platform.procurement.ProcurementDraft;
import se.hoglandet.platform.procurement.ProcurementProcedure;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.procurement.ProposedTimeline;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordLinks;
import se.hoglandet.platform.visibility.Visibility;

/**
 * Starts a joint procurement led by the user's organisation. Opened from an alignment suggestion it is pre-filled
 * ({@code ?category=SPEECH_TO_TEXT&participants=3,4&start=2027-11-22}): category, organisations, and the timeline
 * worked back from the contract start.
 */
@Route("procurements/new")
@RolesAllowed("PROCUREMENT")
public class ProcurementFormView extends Main implements BeforeEnterObserver, PortalView {

    /** Query parameters of a suggestion: the category, the organisations' ids and the new contract's start. */
    static final String CATEGORY = "category";

    static final String PARTICIPANTS = "participants";
    static final String START = "start";

    private final ProcurementService procurements;
    private final ProcurementForm form;
    private final StartDatesForm dates = new StartDatesForm();
    private final FormError error = new FormError();

    ProcurementFormView(
            ProcurementService procurements,
            OrganisationService organisations,
            InitiativeService initiatives,
            ToolService tools,
            AssessmentService assessments) {
        this.procurements = procurements;
        addClassName("page");
        form = new ProcurementForm(
                true, organisations.pickableOthers(), LinkSources.of(initiatives, tools, assessments), Map.of());
        Button save = new Button(getTranslation("procurement.action.create"), click -> save());
        save.setId("save-procurement");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2(viewTitle()),
                new Paragraph(getTranslation("procurement.form.intro")),
                error,
                form,
                new H3(getTranslation("procurement.timeline")),
                dates,
                save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Optional<ProcurementCategory> category = parameters
                .getSingleParameter(CATEGORY)
                .flatMap(value -> Arrays.stream(ProcurementCategory.values())
                        .filter(c -> c.name().equals(value))
                        .findFirst());
        Set<Long> participants = parameters.getSingleParameter(PARTICIPANTS).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .filter(value -> value.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .collect(Collectors.toSet());
        form.edit(new ProcurementDraft(
                category.map(c -> getTranslation(
                                "procurement.suggestedTitle", EnumLabel.of(this, "procurement.category", c)))
                        .orElse(""),
                null,
                category.orElse(null),
                ProcurementProcedure.OPEN,
                null,
                CollaborationLevel.JOINT_DEVELOPMENT,
                null,
                null,
                Visibility.FEDERATION,
                participants,
                Set.of()));
        dates.edit(start(parameters)
                .map(start -> ProposedTimeline.before(start, Formats.today()))
                .orElse(new ProposedTimeline(null, null, null)));
    }

    private static Optional<LocalDate> start(QueryParameters parameters) {
        try {
            return parameters.getSingleParameter(START).map(LocalDate::parse);
        } catch (DateTimeParseException handEdited) {
            return Optional.empty();
        }
    }

    private void save() {
        form.validDraft()
                .ifPresent(draft -> dates.validDraft().ifPresent(timeline -> {
                    Procurement[] created = new Procurement[1];
                    if (error.attempt(() -> created[0] = procurements.create(draft, timeline.asPlan()))) {
                        Feedback.done(this, "procurement.created");
                        RecordLinks.open(ProcurementView.class, created[0].id());
                    }
                }));
    }

    @Override
    public String viewTitle() {
        return getTranslation("procurement.action.create");
    }
}
