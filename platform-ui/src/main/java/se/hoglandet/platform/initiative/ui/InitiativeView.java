package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import se.hoglandet.platform.attachment.AttachmentService;
import se.hoglandet.platform.attachment.ui.AttachmentsPanel;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.initiative.EuDatabaseService;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeDetail;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.RiskGroup;
import se.hoglandet.platform.search.SearchService;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.HistoryDialog;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordSection;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.visibility.EditScope;
import se.hoglandet.platform.visibility.Visibility;

/**
 * One initiative: its description, participants, effects with charts, collaboration-level history, attachments,
 * the sections other capabilities contribute (tools, lessons) and similar initiatives elsewhere; with the actions
 * the reader may take (the service decides through the detail's edit scope, the buttons only mirror it).
 */
@Route("initiatives/" + RouteIds.ID)
@PermitAll
public class InitiativeView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final InitiativeService initiatives;
    private final SearchService search;
    private final AuditService audit;
    private final AttachmentService attachments;
    private final ObjectProvider<RecordSection<InitiativeDetail>> sections;
    private final EuDatabaseService euDatabase;
    private final InitiativeDialogs dialogs;
    private Long id;
    private String title = "";

    InitiativeView(
            InitiativeService initiatives,
            SearchService search,
            AuditService audit,
            AttachmentService attachments,
            ObjectProvider<RecordSection<InitiativeDetail>> sections,
            EuDatabaseService euDatabase) {
        this.initiatives = initiatives;
        this.euDatabase = euDatabase;
        this.search = search;
        this.audit = audit;
        this.attachments = attachments;
        this.sections = sections;
        this.dialogs = new InitiativeDialogs(initiatives, this, this::reload);
        addClassName("page");
        addClassName("initiative-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, this::reload);
    }

    private void reload() {
        render(initiatives.detail(id));
    }

    private void render(InitiativeDetail detail) {
        removeAll();
        Initiative i = detail.initiative();
        title = i.title();
        H2 heading = new H2(i.title());
        heading.setId("initiative-heading");
        add(heading, badges(i), new Paragraph(i.summary()), actions(detail));
        add(section("initiative.section.description", new InitiativeFacts(i)));
        add(section("initiative.section.participants", new ParticipantsPanel(detail, dialogs::participation)));
        add(section(
                "initiative.section.effects", new EffectsPanel(detail, () -> dialogs.effect(i), dialogs::measurement)));
        if (i.riskGroup() == RiskGroup.HIGH) {
            add(section("initiative.euDatabase.section", new EuDatabasePanel(euDatabase, i.id())));
        }
        add(section("initiative.section.levelHistory", new LevelHistory(detail.levelHistory())));
        add(section("initiative.section.attachments", new AttachmentsPanel(attachments, "initiative", i.id())));
        // Tools, lessons…: sections the capabilities downstream of initiatives contribute.
        sections.orderedStream()
                .forEach(contributed -> add(section(contributed.titleKey(), contributed.render(detail, this::reload))));
        add(section("initiative.section.similar", new SimilarInitiatives(search, i)));
    }

    private FlexLayout badges(Initiative i) {
        FlexLayout badges = new FlexLayout(
                Labels.statusBadge(this, i.status()),
                Labels.levelBadge(this, i.collaborationLevel()),
                Badge.of(getTranslation("visibility." + i.visibility().name()), "badge contrast"));
        if (i.isDemo()) {
            badges.add(Badge.of(getTranslation("initiative.demo"), "badge warning"));
        }
        badges.addClassName("badges");
        return badges;
    }

    private FlexLayout actions(InitiativeDetail detail) {
        Initiative i = detail.initiative();
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        if (detail.editScope() == EditScope.WHOLE) {
            Button edit = button(
                    "initiatives.edit",
                    "edit-initiative",
                    () -> getUI().ifPresent(ui ->
                            ui.navigate(InitiativeEditView.class, new RouteParameters("id", String.valueOf(i.id())))));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button status = button("initiative.action.status", "change-status", () -> dialogs.status(i));
            status.setEnabled(!i.status().next().isEmpty());
            actions.add(edit, status, button("initiative.action.level", "change-level", () -> dialogs.level(i)));
        }
        actions.add(
                button(
                        detail.following() ? "initiative.action.unfollow" : "initiative.action.follow",
                        "follow",
                        () -> follow(!detail.following())),
                button("initiative.action.preview", "public-preview", () -> dialogs.preview(i)),
                button(
                        "organisations.history",
                        "initiative-history",
                        () -> new HistoryDialog(audit, "initiative", i.id(), i.title()).open()));
        if (i.visibility() == Visibility.PUBLIC) {
            // The public page is server-rendered by the public site, not a Vaadin route.
            Anchor publicPage = new Anchor("/public/initiatives/" + i.id(), getTranslation("initiative.publicPage"));
            publicPage.setId("public-page");
            publicPage.setRouterIgnore(true);
            actions.add(publicPage);
        }
        return actions;
    }

    private void follow(boolean follow) {
        if (follow) {
            initiatives.follow(id);
        } else {
            initiatives.unfollow(id);
        }
        Feedback.done(this, follow ? "initiative.followed" : "initiative.unfollowed");
        reload();
    }

    private Button button(String key, String buttonId, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(buttonId);
        return button;
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
