package se.hoglandet.platform.guideline.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.GuidelineContentService;
import se.hoglandet.platform.guideline.GuidelineDetail;
import se.hoglandet.platform.guideline.GuidelineExchangeService;
import se.hoglandet.platform.guideline.GuidelineService;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordNavigation;
import se.hoglandet.platform.ui.RouteIds;

/**
 * One version of a guideline: its facts (organisation, status, decision, review date, the template it came from),
 * what the reader may do with it now, and its sections and clauses — each with its local-change mark, comments and,
 * where a control enforces it, whether it is followed.
 */
@Route("guidelines/" + RouteIds.ID)
@PermitAll
public class GuidelineView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final GuidelineService guidelines;
    private final GuidelineContentService content;
    private final GuidelineExchangeService exchange;
    private final AuditService audit;
    private Long id;
    private String title = "";

    GuidelineView(
            GuidelineService guidelines,
            GuidelineContentService content,
            GuidelineExchangeService exchange,
            AuditService audit) {
        this.guidelines = guidelines;
        this.content = content;
        this.exchange = exchange;
        this.audit = audit;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, this::reload);
    }

    private void reload() {
        render(guidelines.detail(id));
    }

    /** After a change that made another version (a new one), that version opens at its top. */
    private void open(Guideline guideline) {
        if (guideline.id().equals(id)) {
            reload();
        } else {
            RecordNavigation.openAtTop(this, GuidelineView.class, guideline.id());
        }
    }

    private void render(GuidelineDetail detail) {
        removeAll();
        Guideline guideline = detail.guideline();
        title = guideline.title();
        H2 heading = new H2(guideline.title());
        heading.setId("guideline-heading");
        FlexLayout badges = new FlexLayout(
                Badge.of(EnumLabel.of(this, "guideline.status", guideline.status()), "badge"),
                Badge.of(getTranslation("guideline.versionNumber", guideline.versionNumber()), "badge contrast"));
        if (guideline.isTemplate()) {
            badges.add(Badge.of(getTranslation("guideline.template"), "badge success"));
        }
        badges.addClassName("badges");
        badges.setId("guideline-status");
        add(heading, badges);
        add(new GuidelineActions(guidelines, content, exchange, audit, detail, this::open));
        add(section("guideline.section.facts", facts(detail)));
        add(section("guideline.section.content", new GuidelineContent(guidelines, content, detail, this::reload)));
    }

    private DescriptionList facts(GuidelineDetail detail) {
        Guideline guideline = detail.guideline();
        DescriptionList facts = new DescriptionList();
        facts.setId("guideline-facts");
        fact(
                facts,
                "guideline.field.organisation",
                guideline.ownerOrganisation().name());
        fact(facts, "guideline.field.summary", guideline.summary());
        if (guideline.decidedOn() != null) {
            fact(
                    facts,
                    "guideline.field.decision",
                    getTranslation(
                            "guideline.decision",
                            guideline.decidedBy(),
                            Formats.date(guideline.decidedOn()),
                            guideline.diaryNumber() == null ? "–" : guideline.diaryNumber()));
        }
        fact(
                facts,
                "guideline.field.reviewDate",
                guideline.reviewDate() == null ? null : Formats.date(guideline.reviewDate()));
        if (detail.source() != null) {
            fact(
                    facts,
                    "guideline.field.source",
                    getTranslation(
                            "guideline.source",
                            detail.source().title(),
                            detail.source().versionNumber()));
            int marked = detail.localChanges().marks().size();
            int dropped = detail.localChanges().dropped().size();
            fact(facts, "guideline.field.localChanges", getTranslation("guideline.localChanges", marked, dropped));
        }
        fact(
                facts,
                "guideline.field.versions",
                detail.versions().stream()
                        .map(v -> getTranslation(
                                "guideline.versionStatus",
                                v.versionNumber(),
                                EnumLabel.of(this, "guideline.status", v.status())))
                        .collect(Collectors.joining(", ")));
        return facts;
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
