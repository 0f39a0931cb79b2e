package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import se.hoglandet.platform.network.Attendance;
import se.hoglandet.platform.network.MeetingDetail;
import se.hoglandet.platform.network.NetworkMember;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.RecordDialog;

/** Who attended with which mandate, the organisations represented, and recording it for those who run the network. */
class AttendanceSection extends Composite<Div> {

    AttendanceSection(MeetingDetail detail, NetworkServices services, Runnable changed) {
        Paragraph represented = new Paragraph(
                detail.represented().isEmpty()
                        ? getTranslation("meeting.represented.none")
                        : getTranslation(
                                "meeting.represented",
                                String.join(
                                        ", ",
                                        detail.represented().stream()
                                                .map(Organisation::name)
                                                .toList())));
        represented.setId("meeting-represented");
        Grid<Attendance> grid = new Grid<>();
        grid.addColumn(a -> a.person().displayName())
                .setHeader(getTranslation("network.member.person"))
                .setFlexGrow(2);
        grid.addColumn(a -> a.organisation().name())
                .setHeader(getTranslation("network.member.organisation"))
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.present() ? "meeting.present" : "meeting.absent"))
                .setHeader(getTranslation("meeting.presence"))
                .setAutoWidth(true);
        grid.addColumn(a -> EnumLabel.of(this, "meeting.mandate", a.mandate()))
                .setHeader(getTranslation("meeting.mandate"))
                .setAutoWidth(true);
        grid.setItems(detail.attendance());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText(getTranslation("meeting.attendance.empty"));
        grid.setAriaLabel(getTranslation("meeting.attendance"));
        grid.setId("meeting-attendance");
        getContent().add(represented, grid);
        if (detail.mayManage()) {
            Button record =
                    new Button(getTranslation("meeting.attendance.record"), click -> {
                        List<NetworkMember> members =
                                services.networks().detail(detail.network().id()).members().stream()
                                        .filter(NetworkMember::isActive)
                                        .toList();
                        AttendanceForm form = new AttendanceForm(members);
                        form.edit(AttendanceForm.entries(detail.attendance()));
                        new RecordDialog<>(
                                        getTranslation("meeting.attendance.record"),
                                        form,
                                        entries -> services.meetings()
                                                .recordAttendance(
                                                        detail.meeting().id(),
                                                        detail.meeting().version(),
                                                        entries),
                                        "meeting.attendance.saved",
                                        saved -> changed.run())
                                .withSaveId("save-attendance")
                                .open();
                    });
            record.setId("record-attendance");
            getContent().add(record);
        }
    }
}
