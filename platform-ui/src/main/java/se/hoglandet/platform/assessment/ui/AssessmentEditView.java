package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDetail;
import se.hoglandet.platform.assessment.AssessmentDraft;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplate;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.assessment.TemplateDefinition;
import se.hoglandet.platform.initiative.InitiativeFilter;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordLinks;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.ui.form.Choice;
import se.hoglandet.platform.visibility.Visibility;

/**
 * Writes an assessment: {@code assessments/new?template=risk-consequence&initiative=12} starts one from a template
 * (without a template the page explains what to choose), {@code assessments/:id/edit} edits a draft. The form and
 * the service; a refused save keeps everything typed and says why.
 */
@Route("assessments/new")
@RouteAlias("assessments/" + RouteIds.ID + "/edit")
@RolesAllowed({"LAWYER", "DPO", "INFOSEC", "IT_MANAGER", "PROJECT_LEAD"})
public class AssessmentEditView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    /** Query parameters of a new assessment: the template's key and the initiatives it covers. */
    static final String TEMPLATE = "template";

    static final String INITIATIVE = "initiative";

    private final AssessmentService assessments;
    private final AssessmentTemplateService templates;
    private final InitiativeService initiatives;
    private final OrganisationService organisations;
    private final FormError error = new FormError();
    private Long id;
    private long version;
    private Long templateId;

    AssessmentEditView(
            AssessmentService assessments,
            AssessmentTemplateService templates,
            InitiativeService initiatives,
            OrganisationService organisations) {
        this.assessments = assessments;
        this.templates = templates;
        this.initiatives = initiatives;
        this.organisations = organisations;
        error.setId("form-error");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, () -> {
            if (id != null) {
                editDraft(event);
            } else {
                startNew(event, event.getLocation().getQueryParameters());
            }
        });
    }

    private void editDraft(BeforeEnterEvent event) {
        AssessmentDetail detail = assessments.detail(id);
        if (!detail.mayEdit()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Assessment a = detail.assessment();
        version = a.version();
        render(detail.template(), a.asDraft());
    }

    private void startNew(BeforeEnterEvent event, QueryParameters parameters) {
        Optional<String> key = parameters.getSingleParameter(TEMPLATE);
        if (key.isEmpty()) {
            add(new H2(viewTitle()), new TemplateChooser(templates.catalogue()));
            return;
        }
        AssessmentTemplate template = templates.catalogue().stream()
                .filter(t -> t.templateKey().equals(key.get()))
                .findFirst()
                .orElse(null);
        if (template == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        templateId = template.id();
        Set<Long> covered = parameters.getParameters().getOrDefault(INITIATIVE, List.of()).stream()
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .collect(Collectors.toSet());
        render(
                template.definition(),
                new AssessmentDraft(
                        "",
                        null,
                        null,
                        false,
                        Visibility.FEDERATION,
                        Set.of(),
                        Set.of(),
                        covered,
                        Map.of(),
                        List.of()));
    }

    private void render(TemplateDefinition template, AssessmentDraft draft) {
        AssessmentForm form = new AssessmentForm(
                template,
                organisations.pickable(),
                query -> initiatives
                        .register(
                                InitiativeFilter.text(query.getFilter().orElse("")),
                                VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .map(i -> new Choice(i.id(), i.title()))
                        .stream(),
                initiatives::readableTitles);
        form.edit(draft);
        Button save = new Button(getTranslation("action.save"), click -> save(form));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-assessment");
        Button cancel = new Button(getTranslation("action.cancel"), click -> leave());
        cancel.setId("cancel-assessment");
        add(
                new H2(viewTitle()),
                new Paragraph(template.name() + (template.description() == null ? "" : ": " + template.description())),
                error,
                form,
                new HorizontalLayout(save, cancel));
    }

    private void save(AssessmentForm form) {
        form.validDraft().ifPresent(draft -> {
            Assessment[] saved = new Assessment[1];
            if (error.attempt(() -> saved[0] =
                    id == null ? assessments.create(templateId, draft) : assessments.update(id, version, draft))) {
                Feedback.done(this, "assessment.saved");
                RecordLinks.open(AssessmentView.class, saved[0].id());
            } else {
                error.getElement().callJsFunction("scrollIntoView");
            }
        });
    }

    private void leave() {
        if (id == null) {
            getUI().ifPresent(ui -> ui.navigate(AssessmentsView.class));
        } else {
            RecordLinks.open(AssessmentView.class, id);
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation(id == null ? "assessments.new" : "assessments.edit");
    }
}
