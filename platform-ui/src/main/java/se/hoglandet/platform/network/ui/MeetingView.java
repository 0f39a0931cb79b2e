package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.network.ActionService;
import se.hoglandet.platform.network.MeetingDetail;
import se.hoglandet.platform.network.MeetingService;
import se.hoglandet.platform.network.NetworkMeeting;
import se.hoglandet.platform.network.NetworkService;
import se.hoglandet.platform.network.PromotionService;
import se.hoglandet.platform.network.QuestionService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.ui.DownloadLink;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * A meeting's page: when and where (with a calendar file), the agenda with minutes and the follow-up of earlier
 * actions, who attended with which mandate and which organisations were represented, decisions and actions.
 */
@Route("networks/meetings/" + RouteIds.ID)
@PermitAll
public class MeetingView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final NetworkServices services;
    private Long id;
    private String title = "";

    MeetingView(
            NetworkService networks,
            MeetingService meetings,
            ActionService actions,
            QuestionService questions,
            PromotionService promotions,
            PersonService people) {
        this.services = new NetworkServices(networks, meetings, actions, questions, promotions, people);
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, () -> render(services.meetings().detail(id)));
    }

    private void render(MeetingDetail detail) {
        removeAll();
        NetworkMeeting meeting = detail.meeting();
        title = meeting.title();
        H2 heading = new H2(meeting.title());
        heading.setId("meeting-heading");
        RouterLink network = new RouterLink(
                getTranslation("meeting.ofNetwork", detail.network().name()),
                NetworkView.class,
                NetworksView.id(detail.network().id()));
        network.setId("meeting-network");
        DescriptionList facts = new DescriptionList();
        fact(facts, "meeting.when", Formats.period(meeting.startsAt(), meeting.endsAt()));
        fact(facts, "meeting.field.place", meeting.place());
        fact(facts, "meeting.field.link", meeting.onlineLink());
        add(heading, network, facts, toolbar(detail));
        add(section("meeting.agenda", new AgendaSection(detail, services.meetings(), this::reload)));
        add(section("meeting.attendance", new AttendanceSection(detail, services, this::reload)));
        add(section("meeting.decisions", new DecisionsSection(detail, services, this::reload)));
        add(section("meeting.actions", new MeetingActionsSection(detail, services, this::reload)));
    }

    private FlexLayout toolbar(MeetingDetail detail) {
        FlexLayout toolbar = new FlexLayout();
        toolbar.addClassName("toolbar");
        var calendar = DownloadLink.of(
                getTranslation("meeting.calendar"),
                "natverkstraff-" + id + ".ics",
                "text/calendar;charset=UTF-8",
                () -> services.meetings().calendar(id));
        calendar.setId("meeting-calendar");
        toolbar.add(calendar);
        if (detail.mayManage()) {
            Button reschedule = new Button(getTranslation("meeting.reschedule"), click -> reschedule(detail));
            reschedule.setId("reschedule-meeting");
            toolbar.add(reschedule);
        }
        return toolbar;
    }

    private void reschedule(MeetingDetail detail) {
        MeetingForm form = new MeetingForm(false);
        form.edit(detail.meeting().draft());
        new RecordDialog<>(
                        getTranslation("meeting.reschedule"),
                        form,
                        draft -> services.meetings()
                                .reschedule(id, detail.meeting().version(), draft),
                        "meeting.saved",
                        saved -> reload())
                .withSaveId("save-meeting")
                .open();
    }

    private void reload() {
        render(services.meetings().detail(id));
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
