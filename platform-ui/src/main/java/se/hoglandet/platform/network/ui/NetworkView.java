package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.network.ActionService;
import se.hoglandet.platform.network.MeetingService;
import se.hoglandet.platform.network.MembershipMode;
import se.hoglandet.platform.network.Network;
import se.hoglandet.platform.network.NetworkDetail;
import se.hoglandet.platform.network.NetworkService;
import se.hoglandet.platform.network.PromotionService;
import se.hoglandet.platform.network.QuestionService;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * A network's page: its purpose, who takes part, its meetings, the actions to follow up (overdue ones marked), its
 * questions, what its talk has become, and the indicator of whether talk turns into action.
 */
@Route("networks/" + RouteIds.ID)
@PermitAll
public class NetworkView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final NetworkService networks;
    private final NetworkServices services;
    private final OrganisationService organisations;
    private Long id;
    private String title = "";

    NetworkView(
            NetworkService networks,
            MeetingService meetings,
            ActionService actions,
            QuestionService questions,
            PromotionService promotions,
            PersonService people,
            OrganisationService organisations) {
        this.networks = networks;
        this.services = new NetworkServices(networks, meetings, actions, questions, promotions, people);
        this.organisations = organisations;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, () -> render(networks.detail(id)));
    }

    private void render(NetworkDetail detail) {
        removeAll();
        Network network = detail.network();
        title = network.name();
        H2 heading = new H2(network.name());
        heading.setId("network-heading");
        FlexLayout badges = new FlexLayout(
                Badge.of(EnumLabel.of(this, "network.mode", network.membershipMode()), "badge"),
                Badge.of(getTranslation("visibility." + network.visibility().name()), "badge contrast"),
                new Span(getTranslation(
                        "network.ownedBy", network.ownerOrganisation().name())));
        badges.addClassName("badges");
        add(heading, badges, new Paragraph(network.purpose()), toolbar(detail));
        add(section("network.members", new MembersSection(detail, services, this::reload)));
        add(section("network.meetings", new MeetingsSection(detail, services)));
        add(section("network.actions", new ActionsSection(id, services.actions())));
        add(section("network.questions", new QuestionsSection(detail, services.questions())));
        add(section(
                "network.outcomes", new OutcomesSection(services.promotions().outcomes(id))));
        add(section(
                "network.indicator", new IndicatorSection(services.promotions().indicator(id))));
    }

    private FlexLayout toolbar(NetworkDetail detail) {
        FlexLayout toolbar = new FlexLayout();
        toolbar.addClassName("toolbar");
        if (detail.mayJoin()) {
            boolean open = detail.network().membershipMode() == MembershipMode.OPEN;
            Button join = new Button(getTranslation(open ? "network.join" : "network.ask"), click -> {
                if (attempt(() -> networks.join(id))) {
                    Feedback.done(this, open ? "network.joined" : "network.asked");
                    reload();
                }
            });
            join.setId("join-network");
            toolbar.add(join);
        }
        if (detail.hasAsked()) {
            toolbar.add(Badge.of(getTranslation("network.hasAsked"), "badge"));
        }
        if (detail.isMember()) {
            Button leave = new Button(getTranslation("network.leave"), click -> {
                if (attempt(() -> networks.leave(id))) {
                    Feedback.done(this, "network.left");
                    reload();
                }
            });
            leave.setId("leave-network");
            toolbar.add(leave);
        }
        if (detail.mayManage()) {
            Button edit = new Button(getTranslation("network.edit"), click -> edit(detail.network()));
            edit.setId("edit-network");
            toolbar.add(edit);
        }
        return toolbar;
    }

    private void edit(Network network) {
        NetworkForm form = new NetworkForm(organisations.pickableOthers());
        form.edit(network.draft());
        new RecordDialog<>(
                        getTranslation("network.edit"),
                        form,
                        draft -> networks.update(id, network.version(), draft),
                        "network.saved",
                        saved -> reload())
                .withSaveId("save-network")
                .open();
    }

    private void reload() {
        render(networks.detail(id));
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
