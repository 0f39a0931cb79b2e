package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import se.hoglandet.platform.network.MeetingDraft;
import se.hoglandet.platform.network.NetworkDetail;
import se.hoglandet.platform.network.NetworkMeeting;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.RecordDialog;

/** A network's meetings, latest first (lazy), and planning a new one for those who run the network. */
class MeetingsSection extends Composite<Div> {

    MeetingsSection(NetworkDetail detail, NetworkServices services) {
        Long networkId = detail.network().id();
        Grid<NetworkMeeting> grid = new Grid<>();
        grid.addComponentColumn(m -> new RouterLink(m.title(), MeetingView.class, NetworksView.id(m.id())))
                .setHeader(getTranslation("meeting.field.title"))
                .setFlexGrow(3);
        grid.addColumn(m -> Formats.period(m.startsAt(), m.endsAt()))
                .setHeader(getTranslation("meeting.when"))
                .setAutoWidth(true);
        grid.addColumn(NetworkMeeting::where)
                .setHeader(getTranslation("meeting.where"))
                .setFlexGrow(2);
        grid.setItems(query ->
                services.meetings().meetings(networkId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText(getTranslation("network.meetings.empty"));
        grid.setAriaLabel(getTranslation("network.meetings"));
        grid.setId("network-meetings");
        grid.setHeight("16em");
        getContent().add(grid);
        if (detail.mayManage()) {
            Button plan = new Button(getTranslation("meeting.plan"), click -> {
                MeetingForm form = new MeetingForm(true);
                form.edit(new MeetingDraft("", null, null, "", "", List.of()));
                new RecordDialog<>(
                                getTranslation("meeting.plan"),
                                form,
                                draft -> services.meetings().plan(networkId, draft),
                                "meeting.saved",
                                (NetworkMeeting saved) ->
                                        UI.getCurrent().navigate(MeetingView.class, NetworksView.id(saved.id())))
                        .withSaveId("save-meeting")
                        .open();
            });
            plan.setId("plan-meeting");
            getContent().add(plan);
        }
    }
}
