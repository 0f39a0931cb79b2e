package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDetail;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentStatus;
import se.hoglandet.platform.assessment.ExpertReviewService;
import se.hoglandet.platform.assessment.TemplateDefinition;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordLinks;
import se.hoglandet.platform.ui.RouteIds;

/**
 * One version of an assessment: its subject, the answers section by section with their comments, the risk register
 * with a before/after matrix, the review round's sign-offs, the expert reviews, who adopted it, and what the reader
 * may do (each part a component of its own; every "may I" from the service's detail).
 */
@Route("assessments/" + RouteIds.ID)
@PermitAll
public class AssessmentView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final AssessmentService assessments;
    private final ExpertReviewService reviews;
    private final InitiativeService initiatives;
    private final AuditService audit;
    private Long id;
    private String title = "";

    AssessmentView(
            AssessmentService assessments,
            ExpertReviewService reviews,
            InitiativeService initiatives,
            AuditService audit) {
        this.assessments = assessments;
        this.reviews = reviews;
        this.initiatives = initiatives;
        this.audit = audit;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, this::reload);
    }

    private void reload() {
        render(assessments.detail(id));
    }

    private void render(AssessmentDetail detail) {
        removeAll();
        Assessment a = detail.assessment();
        title = a.title();
        H2 heading = new H2(a.title());
        heading.setId("assessment-heading");
        add(heading, badges(a), new AssessmentActions(detail, assessments, reviews, audit, this::reload));
        add(section(
                "assessment.section.facts",
                new AssessmentFacts(detail, initiatives.readableTitles(a.initiativeIds()))));
        for (TemplateDefinition.Section section : detail.template().sections()) {
            add(new AnswersSection(
                    section, detail, body -> assessments.comment(a.id(), section.key(), body), this::reload));
        }
        if (detail.template().riskRegister()) {
            add(section("assessment.section.risks", new RiskRegisterPanel(a.risks())));
        }
        add(section("assessment.section.signOffs", new SignOffList(detail)));
        if (!detail.reviewRequests().isEmpty() || detail.mayRequestReview()) {
            add(section("assessment.section.expertReview", new ExpertReviewsPanel(detail, reviews, this::reload)));
        }
        if (!detail.adoptions().isEmpty()) {
            add(section("assessment.section.adoptions", adoptions(detail)));
        }
    }

    private FlexLayout badges(Assessment a) {
        FlexLayout badges = new FlexLayout(
                Badge.of(EnumLabel.of(this, "assessment.type", a.type()), "badge"),
                Badge.of(EnumLabel.of(this, "assessment.status", a.status()), statusTheme(a.status())),
                Badge.of(getTranslation("assessment.version", a.versionNumber()), "badge contrast"),
                Badge.of(EnumLabel.of(this, "visibility", a.visibility()), "badge contrast"));
        if (a.secret()) {
            badges.add(Badge.of(getTranslation("assessment.secret"), "badge error"));
        }
        if (a.isDemo()) {
            badges.add(Badge.of(getTranslation("initiative.demo"), "badge warning"));
        }
        badges.addClassName("badges");
        return badges;
    }

    private static String statusTheme(AssessmentStatus status) {
        if (status.isApproved()) {
            return "badge success";
        }
        return status == AssessmentStatus.REJECTED ? "badge error" : "badge contrast";
    }

    /** The organisations that adopted it: a link where the reader may read the adoption. */
    private UnorderedList adoptions(AssessmentDetail detail) {
        UnorderedList adopters = new UnorderedList();
        detail.adoptions()
                .forEach(adoption -> adopters.add(new ListItem(
                        adoption.assessmentId() == null
                                ? new Span(adoption.organisationName())
                                : RecordLinks.link(
                                        adoption.organisationName(), AssessmentView.class, adoption.assessmentId()))));
        return adopters;
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
