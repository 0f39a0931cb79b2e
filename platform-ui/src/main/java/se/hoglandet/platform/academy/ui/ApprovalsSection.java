package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import se.hoglandet.platform.academy.Enrolment;
import se.hoglandet.platform.academy.EnrolmentService;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;

/** For a manager: their staff's enrolments that wait for approval, each approved or declined with one click. */
class ApprovalsSection extends Section implements PageParts {

    ApprovalsSection(EnrolmentService enrolments, Runnable changed) {
        addClassName("initiative-section");
        setId("approvals");
        add(new H2(getTranslation("academy.approvals")));
        List<Enrolment> pending = enrolments.pendingApprovals();
        Grid<Enrolment> grid = new Grid<>();
        grid.addColumn(Enrolment::personName)
                .setHeader(getTranslation("academy.column.person"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.session().course().title())
                .setHeader(getTranslation("course.field.title"))
                .setFlexGrow(2);
        grid.addColumn(e -> Formats.dateTime(e.session().firstStartsAt()))
                .setHeader(getTranslation("academy.column.first"))
                .setAutoWidth(true);
        grid.addComponentColumn(e -> new FlexLayout(
                        decision(
                                e,
                                "academy.approve",
                                "academy.approveNamed",
                                "enrolment.approved",
                                () -> enrolments.approve(e.id()),
                                changed),
                        decision(
                                e,
                                "academy.decline",
                                "academy.declineNamed",
                                "enrolment.declined",
                                () -> enrolments.decline(e.id()),
                                changed)))
                .setHeader(getTranslation("academy.column.actions"))
                .setAutoWidth(true);
        grid.setItems(pending);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("academy.approvals"));
        grid.setEmptyStateText(getTranslation("academy.approvals.none"));
        grid.setId("pending-approvals");
        add(grid);
    }

    private Button decision(
            Enrolment enrolment, String textKey, String namedKey, String doneKey, Runnable decide, Runnable changed) {
        Button button = new Button(getTranslation(textKey), click -> {
            if (attempt(decide)) {
                Feedback.done(this, doneKey, enrolment.personName());
                changed.run();
            }
        });
        button.setAriaLabel(getTranslation(namedKey, enrolment.personName()));
        return button;
    }
}
