package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.hoglandet.platform.network.Attendance;
import se.hoglandet.platform.network.AttendanceEntry;
import se.hoglandet.platform.network.Mandate;
import se.hoglandet.platform.network.NetworkMember;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.DraftForm;

/**
 * Who came and with which mandate: one line per active member (present, and their mandate for their organisation),
 * starting from what was recorded before.
 */
class AttendanceForm extends Composite<FormLayout> implements DraftForm<List<AttendanceEntry>> {

    private record Line(NetworkMember member, Checkbox present, Select<Mandate> mandate) {}

    private final List<Line> lines = new ArrayList<>();

    AttendanceForm(List<NetworkMember> members) {
        getContent()
                .setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        for (NetworkMember member : members) {
            String who = PersonPicker.label(member.person());
            Checkbox present = new Checkbox(who);
            present.setId("present-" + member.person().id());
            Select<Mandate> mandate = new Select<>();
            mandate.setLabel(getTranslation("meeting.mandateOf", member.person().displayName()));
            mandate.setItems(Mandate.values());
            mandate.setItemLabelGenerator(m -> EnumLabel.of(this, "meeting.mandate", m));
            mandate.setValue(Mandate.LISTENING);
            mandate.setId("mandate-" + member.person().id());
            lines.add(new Line(member, present, mandate));
            getContent().add(present, mandate);
        }
    }

    @Override
    public void edit(List<AttendanceEntry> entries) {
        Map<Long, AttendanceEntry> byPerson =
                entries.stream().collect(Collectors.toMap(AttendanceEntry::personId, Function.identity(), (a, b) -> b));
        for (Line line : lines) {
            AttendanceEntry entry = byPerson.get(line.member().person().id());
            line.present().setValue(entry != null && entry.present());
            line.mandate().setValue(entry == null || entry.mandate() == null ? Mandate.LISTENING : entry.mandate());
        }
    }

    @Override
    public Optional<List<AttendanceEntry>> validDraft() {
        return Optional.of(lines.stream()
                .map(line -> new AttendanceEntry(
                        line.member().person().id(),
                        line.present().getValue(),
                        line.mandate().getValue()))
                .toList());
    }

    /** What was recorded, as the form takes it. */
    static List<AttendanceEntry> entries(List<Attendance> attendance) {
        return attendance.stream()
                .map(a -> new AttendanceEntry(a.person().id(), a.present(), a.mandate()))
                .toList();
    }
}
