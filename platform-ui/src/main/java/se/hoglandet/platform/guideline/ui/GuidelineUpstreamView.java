package se.hoglandet.platform.guideline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.guideline.ClauseContent;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.GuidelineAdoptionService;
import se.hoglandet.platform.guideline.UpstreamChange;
import se.hoglandet.platform.shared.markdown.Markdown;
import se.hoglandet.platform.ui.ActionButton;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;

/**
 * What the federation's template changed since the version a guideline was adopted from, clause by clause, in three
 * columns — the old template, the new template, the organisation's own text — with "take" and "decline" for each
 * change while the guideline is a draft. A conflict (the organisation changed the clause too) is said in words.
 */
@Route("guidelines/" + RouteIds.ID + "/upstream")
@PermitAll
public class GuidelineUpstreamView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final GuidelineAdoptionService adoption;
    private Long id;

    GuidelineUpstreamView(GuidelineAdoptionService adoption) {
        this.adoption = adoption;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, this::render);
    }

    private void render() {
        removeAll();
        GuidelineAdoptionService.UpstreamReview review = adoption.upstream(id);
        Guideline local = review.local();
        H2 heading = new H2(getTranslation("guideline.upstream.heading", local.title()));
        heading.setId("upstream-heading");
        RouterLink back = new RouterLink(
                getTranslation("guideline.upstream.back"),
                GuidelineView.class,
                new RouteParameters("id", String.valueOf(local.id())));
        back.setId("back-to-guideline");
        add(heading, back);
        add(new Paragraph(getTranslation(
                "guideline.upstream.intro",
                review.base().versionNumber(),
                review.upstream().versionNumber(),
                review.changes().size())));
        Div changes = new Div();
        changes.setId("upstream-change-list");
        review.changes().forEach(change -> changes.add(change(review, change)));
        if (review.changes().isEmpty()) {
            changes.add(new Paragraph(getTranslation("guideline.upstream.none")));
        }
        add(changes);
    }

    private Article change(GuidelineAdoptionService.UpstreamReview review, UpstreamChange change) {
        Article article = new Article();
        article.addClassName("upstream-change");
        article.setId("upstream-" + change.clauseKey());
        FlexLayout badges =
                new FlexLayout(Badge.of(EnumLabel.of(this, "guideline.upstream.kind", change.kind()), "badge"));
        if (change.conflict()) {
            badges.add(Badge.of(getTranslation("guideline.upstream.conflict"), "badge error"));
        }
        badges.addClassName("badges");
        FlexLayout columns = new FlexLayout(
                column("guideline.upstream.base", change.base()),
                column("guideline.upstream.upstream", change.upstream()),
                column("guideline.upstream.local", change.local()));
        columns.addClassName("upstream-columns");
        article.add(new H3(change.sectionHeading()), badges, columns);
        if (review.mayAnswer()) {
            Guideline local = review.local();
            ActionButton take = new ActionButton(
                            getTranslation("guideline.upstream.take"),
                            "take-" + change.clauseKey(),
                            () -> adoption.take(local.id(), local.version(), change.clauseKey()),
                            "guideline.upstream.taken",
                            saved -> render())
                    .primary();
            ActionButton decline = new ActionButton(
                    getTranslation("guideline.upstream.decline"),
                    "decline-" + change.clauseKey(),
                    () -> adoption.decline(local.id(), local.version(), change.clauseKey()),
                    "guideline.upstream.declined",
                    saved -> render());
            FlexLayout answer = new FlexLayout(take, decline);
            answer.addClassName("toolbar");
            article.add(answer);
        }
        return article;
    }

    private Component column(String headingKey, ClauseContent content) {
        Div column = new Div(new H4(getTranslation(headingKey)));
        column.addClassName("upstream-column");
        if (content == null) {
            column.add(new Paragraph(getTranslation("guideline.upstream.absent")));
        } else {
            column.add(
                    new Paragraph(EnumLabel.of(this, "guideline.kind", content.kind())),
                    new Html("<div>" + Markdown.toSafeHtml(content.text()) + "</div>"));
        }
        return column;
    }

    @Override
    public String viewTitle() {
        return getTranslation("guideline.upstream.title");
    }
}
