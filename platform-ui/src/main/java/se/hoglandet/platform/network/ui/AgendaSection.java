package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import se.hoglandet.platform.network.ActionRow;
import se.hoglandet.platform.network.AgendaItem;
import se.hoglandet.platform.network.MeetingDetail;
import se.hoglandet.platform.network.MeetingService;
import se.hoglandet.platform.ui.form.TextDialog;

/**
 * The agenda in order, each item with its minutes ("Skriv protokoll" for those who run the network), then
 * "Uppföljning": the network's actions still open from earlier meetings, carried here automatically.
 */
class AgendaSection extends Composite<Div> {

    AgendaSection(MeetingDetail detail, MeetingService meetings, Runnable changed) {
        OrderedList agenda = new OrderedList();
        agenda.setId("meeting-agenda-items");
        for (AgendaItem item : detail.agenda()) {
            ListItem entry = new ListItem(new H3(item.title()));
            boolean minuted = item.minutes() != null && !item.minutes().isBlank();
            entry.add(new Paragraph(minuted ? item.minutes() : getTranslation("meeting.minutes.none")));
            if (detail.mayManage()) {
                Button minutes = new Button(
                        getTranslation("meeting.minutes.write"),
                        click -> TextDialog.open(
                                this,
                                new TextDialog.Ask(
                                        "meeting.minutes.write",
                                        "meeting.minutes",
                                        "minutes",
                                        item.minutes(),
                                        "network.error.minutes"),
                                text -> meetings.recordMinutes(item.id(), item.version(), text),
                                "meeting.minutes.saved",
                                saved -> changed.run()));
                minutes.setId("write-minutes-" + item.position());
                minutes.setAriaLabel(getTranslation("meeting.minutes.writeFor", item.title()));
                entry.add(minutes);
            }
            agenda.add(entry);
        }
        getContent().add(agenda);
        if (detail.mayManage()) {
            Button add = new Button(
                    getTranslation("meeting.agenda.add"),
                    click -> TextDialog.open(
                            this,
                            new TextDialog.Ask(
                                    "meeting.agenda.add",
                                    "meeting.agenda.item",
                                    "agenda-item",
                                    "",
                                    "network.error.agendaItem"),
                            text -> meetings.addAgendaItem(detail.meeting().id(), text),
                            "meeting.agenda.saved",
                            saved -> changed.run()));
            add.setId("add-agenda-item");
            getContent().add(add);
        }
        getContent().add(new H3(getTranslation("meeting.followUp")));
        Grid<ActionRow> followUp = ActionColumns.grid(this, "meeting-follow-up", "meeting.followUp.empty");
        followUp.setItems(detail.followUp());
        followUp.setAllRowsVisible(true);
        followUp.setAriaLabel(getTranslation("meeting.followUp"));
        getContent().add(followUp);
    }
}
