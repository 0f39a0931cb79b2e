package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import se.hoglandet.platform.initiative.InitiativeDetail;
import se.hoglandet.platform.initiative.Participation;
import se.hoglandet.platform.ui.EnumLabel;

/** Who owns the initiative and who takes part in it, with how far each has come; each edits its own part. */
class ParticipantsPanel extends Div {

    /** @param edit opens the dialog for one participation (offered where the service says the reader may) */
    ParticipantsPanel(InitiativeDetail detail, Consumer<Participation> edit) {
        add(new Paragraph(getTranslation(
                "participation.owner", detail.initiative().ownerOrganisation().name())));
        if (detail.participations().isEmpty()) {
            add(new Paragraph(getTranslation("participation.none")));
            return;
        }
        Grid<Participation> grid = new Grid<>();
        grid.addColumn(p -> p.organisation().name())
                .setHeader(getTranslation("participation.organisation"))
                .setFlexGrow(2);
        grid.addColumn(p -> EnumLabel.of(this, "participation.role", p.role()))
                .setHeader(getTranslation("participation.role"))
                .setAutoWidth(true);
        grid.addColumn(p -> EnumLabel.of(this, "participation.status", p.status()))
                .setHeader(getTranslation("participation.status"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.note() == null ? "" : p.note())
                .setHeader(getTranslation("participation.note"))
                .setFlexGrow(2);
        grid.addComponentColumn(p -> {
                    Button change = new Button(getTranslation("organisations.edit"), click -> edit.accept(p));
                    change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    change.setAriaLabel(getTranslation(
                            "organisations.editNamed", p.organisation().name()));
                    change.setVisible(detail.mayEdit(p));
                    return change;
                })
                .setHeader(getTranslation("organisations.column.actions"))
                .setAutoWidth(true);
        grid.setItems(detail.participations());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("initiative.section.participants"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("participants");
        add(grid);
    }
}
