package se.hoglandet.platform.guideline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.GuidelineContentService;
import se.hoglandet.platform.guideline.GuidelineDetail;
import se.hoglandet.platform.guideline.GuidelineExchangeService;
import se.hoglandet.platform.guideline.GuidelineService;
import se.hoglandet.platform.ui.ActionButton;
import se.hoglandet.platform.ui.DownloadLink;
import se.hoglandet.platform.ui.HistoryDialog;

/**
 * What the reader may do with a guideline version now, each from the detail's {@code may*} flags: edit, send for
 * review, take back, record the decision, publish, start a new version, answer the template's changes; and what
 * everyone who reads it may: compare, download, see the history.
 */
class GuidelineActions extends FlexLayout {

    GuidelineActions(
            GuidelineService guidelines,
            GuidelineContentService content,
            GuidelineExchangeService exchange,
            AuditService audit,
            GuidelineDetail detail,
            Consumer<Guideline> changed) {
        addClassName("toolbar");
        setId("guideline-actions");
        Guideline g = detail.guideline();
        if (detail.mayEdit()) {
            Button edit = new Button(
                    getTranslation("guideline.action.edit"),
                    click -> GuidelineDialogs.head(this, guidelines, g, changed));
            edit.setId("edit-guideline");
            Button section = new Button(
                    getTranslation("guideline.action.addSection"),
                    click -> GuidelineDialogs.section(this, content, g, null, changed));
            section.setId("add-section");
            add(
                    new ActionButton(
                                    getTranslation("guideline.action.submit"),
                                    "submit-guideline",
                                    () -> guidelines.submit(g.id(), g.version()),
                                    "guideline.submitted",
                                    changed)
                            .primary(),
                    edit,
                    section);
        }
        if (detail.mayReturnToDraft()) {
            add(new ActionButton(
                    getTranslation("guideline.action.returnToDraft"),
                    "return-guideline",
                    () -> guidelines.returnToDraft(g.id(), g.version()),
                    "guideline.returned",
                    changed));
        }
        if (detail.mayDecide()) {
            Button decide = new Button(
                    getTranslation("guideline.action.decide"),
                    click -> GuidelineDialogs.decision(this, guidelines, g, changed));
            decide.setId("decide-guideline");
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(decide);
        }
        if (detail.mayPublish()) {
            add(new ActionButton(
                            getTranslation("guideline.action.publish"),
                            "publish-guideline",
                            () -> guidelines.publish(g.id(), g.version()),
                            "guideline.published",
                            changed)
                    .primary());
        }
        if (detail.mayStartNewVersion()) {
            add(new ActionButton(
                    getTranslation("guideline.action.newVersion"),
                    "new-version",
                    () -> guidelines.newVersion(g.id()),
                    "guideline.versionStarted",
                    changed));
        }
        if (detail.pendingUpstreamChanges() > 0) {
            RouterLink upstream = new RouterLink(
                    getTranslation("guideline.upstream.link", detail.pendingUpstreamChanges()),
                    GuidelineUpstreamView.class,
                    new RouteParameters("id", String.valueOf(g.id())));
            upstream.setId("upstream-changes");
            add(upstream);
        }
        add(compare(detail), downloads(exchange, g));
        Button history = new Button(
                getTranslation("organisations.history"),
                click -> new HistoryDialog(audit, GuidelineService.RECORD_TYPE, g.id(), g.title()).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(history);
    }

    /** The comparison with this version on the left and, for an adopter, its template on the right. */
    private RouterLink compare(GuidelineDetail detail) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put(GuidelineCompareView.LEFT, String.valueOf(detail.guideline().id()));
        if (detail.source() != null) {
            query.put(GuidelineCompareView.RIGHT, String.valueOf(detail.source().id()));
        }
        RouterLink link = new RouterLink(getTranslation("guideline.action.compare"), GuidelineCompareView.class);
        link.setQueryParameters(QueryParameters.simple(query));
        link.setId("compare-guideline");
        return link;
    }

    private FlexLayout downloads(GuidelineExchangeService exchange, Guideline g) {
        String name = "riktlinje-" + g.id() + "-v" + g.versionNumber();
        FlexLayout downloads = new FlexLayout(
                download("pdf", name + ".pdf", "application/pdf", () -> exchange.exportPdf(g.id())),
                download(
                        "markdown",
                        name + ".md",
                        GuidelineExchangeService.MARKDOWN_MEDIA_TYPE,
                        () -> exchange.exportMarkdown(g.id()).getBytes(StandardCharsets.UTF_8)),
                download(
                        "json",
                        name + ".json",
                        GuidelineExchangeService.JSON_MEDIA_TYPE,
                        () -> exchange.exportJson(g.id()).getBytes(StandardCharsets.UTF_8)));
        downloads.addClassName("toolbar");
        downloads.setId("guideline-downloads");
        return downloads;
    }

    /** A link {@code download-<format>} that makes the file when clicked. */
    private Anchor download(String format, String fileName, String type, SerializableSupplier<byte[]> file) {
        Anchor link = DownloadLink.of(getTranslation("guideline.download." + format), fileName, type, file);
        link.setId("download-" + format);
        return link;
    }
}
