package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.network.ActionDetail;
import se.hoglandet.platform.network.ActionRow;
import se.hoglandet.platform.network.ActionService;
import se.hoglandet.platform.network.ActionStatus;
import se.hoglandet.platform.network.NetworkAction;
import se.hoglandet.platform.network.OutcomeRow;
import se.hoglandet.platform.network.PromotionService;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.ui.form.RecordDialog;
import se.hoglandet.platform.ui.form.TextDialog;

/**
 * One action: what, whose, by when, where it came from; its owner or those who run the network move it on (started,
 * done, or dropped with a reason), and a coordinator or the owner turns it into an initiative, procurement or wish.
 */
@Route("networks/actions/" + RouteIds.ID)
@PermitAll
public class ActionView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final ActionService actions;
    private final PromotionService promotions;
    private Long id;
    private String title = "";

    ActionView(ActionService actions, PromotionService promotions) {
        this.actions = actions;
        this.promotions = promotions;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, () -> render(actions.detail(id)));
    }

    private void render(ActionDetail detail) {
        removeAll();
        NetworkAction action = detail.row().action();
        title = action.title();
        H2 heading = new H2(action.title());
        heading.setId("action-heading");
        DescriptionList facts = new DescriptionList();
        fact(facts, "networkAction.field.owner", ActionColumns.owner(action));
        fact(facts, "networkAction.field.due", Formats.date(action.dueOn()));
        fact(facts, "networkAction.dropReason", action.dropReason());
        fact(facts, "networkAction.closedOn", Formats.date(action.closedOn()));
        fact(
                facts,
                "networkAction.field.decision",
                detail.decision() == null ? null : detail.decision().text());
        FlexLayout status = ActionColumns.status(this, detail.row());
        status.setId("action-status");
        RouterLink meeting = new RouterLink(
                getTranslation(
                        "networkAction.fromMeeting",
                        detail.meeting().title(),
                        detail.network().name()),
                MeetingView.class,
                NetworksView.id(detail.meeting().id()));
        add(heading, status, facts, meeting, toolbar(detail));
        if (!detail.outcomes().isEmpty()) {
            add(section(
                    "network.outcomes",
                    new OutcomesSection(detail.outcomes().stream()
                            .map(o -> new OutcomeRow(o, null, null))
                            .toList())));
        }
    }

    private FlexLayout toolbar(ActionDetail detail) {
        FlexLayout toolbar = new FlexLayout();
        toolbar.addClassName("toolbar");
        ActionRow row = detail.row();
        NetworkAction action = row.action();
        if (row.mayChange() && !action.status().isClosed()) {
            if (action.status() == ActionStatus.OPEN) {
                toolbar.add(statusButton(action, ActionStatus.IN_PROGRESS, "networkAction.start"));
            }
            Button done = statusButton(action, ActionStatus.DONE, "networkAction.done");
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button drop = new Button(
                    getTranslation("networkAction.drop"),
                    click -> TextDialog.open(
                            this,
                            new TextDialog.Ask(
                                    "networkAction.drop",
                                    "networkAction.dropReason",
                                    "drop-reason",
                                    "",
                                    "network.error.dropReason"),
                            reason -> actions.changeStatus(id, action.version(), ActionStatus.DROPPED, reason),
                            "networkAction.dropped",
                            saved -> reload()));
            drop.setId("action-drop");
            toolbar.add(done, drop);
        }
        if (row.mayPromote() && !detail.promotableKinds().isEmpty()) {
            Button promote = new Button(
                    getTranslation("promotion.action"),
                    click -> new RecordDialog<>(
                                    getTranslation("promotion.title"),
                                    new PromotionForm(detail.promotableKinds(), action.title()),
                                    draft -> promotions.promoteAction(id, draft),
                                    "promotion.saved",
                                    saved -> reload())
                            .withSaveId("save-promotion")
                            .open());
            promote.setId("promote-action");
            toolbar.add(promote);
        }
        return toolbar;
    }

    private Button statusButton(NetworkAction action, ActionStatus status, String key) {
        Button button = new Button(getTranslation(key), click -> {
            if (attempt(() -> actions.changeStatus(id, action.version(), status, null))) {
                Feedback.done(this, "networkAction.moved." + status.name());
                reload();
            }
        });
        button.setId(
                "action-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return button;
    }

    private void reload() {
        render(actions.detail(id));
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
