package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import se.hoglandet.platform.procurement.Participant;
import se.hoglandet.platform.procurement.ParticipantPart;
import se.hoglandet.platform.procurement.ProcurementDetail;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * The organisations taking part, each with its own status, volume and value; the rows the reader may change (their
 * own organisation's, or all for the lead buyer, as the service says) open the participant dialog.
 */
class ParticipantsPanel extends Div {

    private final ProcurementDetail detail;
    private final ProcurementService procurements;
    private final Runnable changed;

    ParticipantsPanel(ProcurementDetail detail, ProcurementService procurements, Runnable changed) {
        this.detail = detail;
        this.procurements = procurements;
        this.changed = changed;
        Grid<Participant> grid = new Grid<>();
        grid.addColumn(x -> x.organisation().name())
                .setHeader(getTranslation("procurement.field.organisation"))
                .setFlexGrow(2);
        grid.addColumn(x -> EnumLabel.of(this, "participant.status", x.status()))
                .setHeader(getTranslation("procurement.field.participantStatus"))
                .setAutoWidth(true);
        grid.addColumn(Participant::volume)
                .setHeader(getTranslation("participant.volume"))
                .setFlexGrow(1);
        grid.addColumn(x -> Formats.money(x.estimatedValue()))
                .setHeader(getTranslation("participant.value"))
                .setAutoWidth(true);
        grid.addColumn(Participant::contactName)
                .setHeader(getTranslation("procurement.field.contact"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::change)
                .setHeader(getTranslation("participant.column.change"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(detail.participants());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("procurement.section.participants"));
        grid.setEmptyStateText(getTranslation("procurement.noParticipants"));
        grid.setId("participants");
        add(
                new Paragraph(getTranslation(
                        "procurement.leadIs",
                        detail.procurement().ownerOrganisation().name())),
                grid);
    }

    private Component change(Participant participant) {
        if (!detail.changeableParticipantIds().contains(participant.id())) {
            return new Span();
        }
        String title = getTranslation(
                "participant.action.changeNamed", participant.organisation().name());
        Button change = new Button(getTranslation("participant.action.change"), click -> {
            ParticipantForm form = new ParticipantForm();
            form.edit(ParticipantPart.of(participant));
            new RecordDialog<>(
                            title,
                            form,
                            part -> procurements.updatePart(participant.id(), participant.version(), part),
                            "participant.saved",
                            saved -> changed.run())
                    .withSaveId("save-participant")
                    .open();
        });
        change.setAriaLabel(title);
        change.setId("change-participant-" + participant.organisation().code());
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return change;
    }
}
