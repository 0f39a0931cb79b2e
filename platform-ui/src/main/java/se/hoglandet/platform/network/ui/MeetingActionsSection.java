package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import se.hoglandet.platform.network.ActionRow;
import se.hoglandet.platform.network.MeetingDetail;
import se.hoglandet.platform.ui.form.RecordDialog;

/** The actions given at the meeting, and giving one (owner, due date, what it follows from). */
class MeetingActionsSection extends Composite<Div> {

    MeetingActionsSection(MeetingDetail detail, NetworkServices services, Runnable changed) {
        Grid<ActionRow> grid = ActionColumns.grid(this, "meeting-actions", "meeting.actions.empty");
        grid.setItems(detail.actions());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("meeting.actions"));
        getContent().add(grid);
        if (detail.mayManage()) {
            Button give = new Button(
                    getTranslation("networkAction.give"),
                    click -> new RecordDialog<>(
                                    getTranslation("networkAction.give"),
                                    new ActionForm(services.people(), detail.decisions(), detail.agenda()),
                                    draft -> services.actions()
                                            .give(detail.meeting().id(), draft),
                                    "networkAction.saved",
                                    saved -> changed.run())
                            .withSaveId("save-action")
                            .open());
            give.setId("give-action");
            getContent().add(give);
        }
    }
}
