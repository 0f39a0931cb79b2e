package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.attachment.AttachmentService;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.procurement.LinkKind;
import se.hoglandet.platform.procurement.Procurement;
import se.hoglandet.platform.procurement.ProcurementDetail;
import se.hoglandet.platform.procurement.ProcurementLink;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordLinks;
import se.hoglandet.platform.ui.RouteIds;

/**
 * One joint procurement: what is bought and how, the timeline with a strip per phase, the participating
 * organisations each with their own part, the shared requirements, the links to initiatives, tools and assessments,
 * and what the reader may do (each part a component of its own; every "may I" from the service's detail).
 */
@Route("procurements/" + RouteIds.ID)
@PermitAll
public class ProcurementView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final ProcurementService procurements;
    private final AttachmentService attachments;
    private final AuditService audit;
    private final List<Organisation> organisations;
    private final ProcurementEditing editing;
    private Long id;
    private String title = "";

    ProcurementView(
            ProcurementService procurements,
            OrganisationService organisations,
            AttachmentService attachments,
            AuditService audit,
            InitiativeService initiatives,
            ToolService tools,
            AssessmentService assessments) {
        this.procurements = procurements;
        this.attachments = attachments;
        this.audit = audit;
        this.organisations = organisations.pickable();
        this.editing = new ProcurementEditing(this.organisations, LinkSources.of(initiatives, tools, assessments));
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, this::reload);
    }

    private void reload() {
        render(procurements.detail(id));
    }

    private void render(ProcurementDetail detail) {
        removeAll();
        Procurement p = detail.procurement();
        title = p.title();
        H2 heading = new H2(p.title());
        heading.setId("procurement-heading");
        add(heading, badges(p), new ProcurementActions(detail, procurements, editing, audit, this::reload));
        if (p.description() != null) {
            add(new Paragraph(p.description()));
        }
        add(section("procurement.section.facts", facts(p)));
        add(section("procurement.timeline", new ProcurementTimeline(detail, attachments, Formats.today())));
        add(section("procurement.section.participants", new ParticipantsPanel(detail, procurements, this::reload)));
        Map<Long, String> names =
                organisations.stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        add(section(
                "procurement.section.requirements", new RequirementsPanel(detail, procurements, names, this::reload)));
        if (!detail.linkTitles().isEmpty()) {
            add(section("procurement.section.links", links(detail)));
        }
    }

    private FlexLayout badges(Procurement p) {
        FlexLayout badges = new FlexLayout(
                Badge.of(EnumLabel.of(this, "procurement.phase", p.phase()), "badge"),
                Badge.of(EnumLabel.of(this, "procurement.category", p.category()), "badge contrast"),
                Badge.of(
                        getTranslation(
                                "initiative.level.short",
                                p.collaborationLevel().number(),
                                getTranslation("initiative.level."
                                        + p.collaborationLevel().number())),
                        "badge contrast"),
                Badge.of(EnumLabel.of(this, "visibility", p.visibility()), "badge contrast"));
        if (p.isDemo()) {
            badges.add(Badge.of(getTranslation("initiative.demo"), "badge warning"));
        }
        badges.addClassName("badges");
        return badges;
    }

    private DescriptionList facts(Procurement p) {
        DescriptionList facts = new DescriptionList();
        fact(facts, "procurement.field.lead", p.ownerOrganisation().name());
        fact(facts, "procurement.field.procedure", EnumLabel.of(this, "procurement.procedure", p.procedure()));
        fact(
                facts,
                "procurement.field.frameworkMethod",
                EnumLabel.of(this, "procurement.frameworkMethod", p.frameworkMethod()));
        fact(
                facts,
                "procurement.field.contact",
                p.contactName() == null
                        ? null
                        : p.contactName() + (p.contactEmail() == null ? "" : ", " + p.contactEmail()));
        return facts;
    }

    /** The linked records the reader may read, by kind, each a link to its page. */
    private UnorderedList links(ProcurementDetail detail) {
        UnorderedList list = new UnorderedList();
        detail.linkTitles().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(ProcurementLink::kind)))
                .forEach(entry -> list.add(new ListItem(
                        new Span(EnumLabel.of(
                                        this, "procurement.link", entry.getKey().kind()) + ": "),
                        RecordLinks.link(
                                entry.getValue(),
                                recordType(entry.getKey().kind()),
                                entry.getKey().targetId()))));
        return list;
    }

    private static String recordType(LinkKind kind) {
        return switch (kind) {
            case INITIATIVE -> "initiative";
            case TOOL -> "tool";
            case ASSESSMENT -> "assessment";
        };
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
