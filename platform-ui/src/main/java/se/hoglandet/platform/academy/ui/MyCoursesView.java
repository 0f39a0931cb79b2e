package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import se.hoglandet.platform.academy.Enrolment;
import se.hoglandet.platform.academy.EnrolmentService;
import se.hoglandet.platform.academy.EnrolmentStatus;
import se.hoglandet.platform.initiative.InitiativeFilter;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.ui.DownloadLink;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.form.Choice;
import se.hoglandet.platform.ui.form.ChoiceForm;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * "My courses": everything the user is or was enrolled in, their place in waitlists, cancelling, calendar files,
 * certificates, checking in to a meeting with its code, and the export of everything stored about them. Managers
 * also see their staff's enrolments waiting for approval ({@link ApprovalsSection}).
 */
@Route("academy/mine")
@PermitAll
public class MyCoursesView extends Main implements PortalView, PageParts {

    private final EnrolmentService enrolments;
    private final InitiativeService initiatives;

    MyCoursesView(EnrolmentService enrolments, InitiativeService initiatives) {
        this.enrolments = enrolments;
        this.initiatives = initiatives;
        addClassName("page");
        render();
    }

    private void render() {
        removeAll();
        Anchor calendar = DownloadLink.of(
                getTranslation("academy.mine.calendar"), "mina-kurser.ics", "text/calendar", enrolments::myCalendar);
        calendar.setId("my-calendar");
        Anchor export = DownloadLink.of(
                getTranslation("academy.mine.export"),
                "mina-uppgifter-akademin.json",
                "application/json",
                () -> enrolments.exportMyData().getBytes(StandardCharsets.UTF_8));
        export.setId("export-my-data");
        FlexLayout downloads = new FlexLayout(calendar, export);
        downloads.addClassName("toolbar");
        add(
                new H2(getTranslation("academy.mine")),
                new Paragraph(getTranslation("academy.mine.privacy")),
                downloads,
                enrolmentsGrid(),
                checkIn());
        if (enrolments.mayManageStaff()) {
            add(new ApprovalsSection(enrolments, this::render));
        }
    }

    private Grid<Enrolment> enrolmentsGrid() {
        Grid<Enrolment> grid = new Grid<>();
        grid.addComponentColumn(e -> new RouterLink(
                        e.session().course().title(),
                        CourseView.class,
                        new RouteParameters(
                                "id", String.valueOf(e.session().course().id()))))
                .setHeader(getTranslation("course.field.title"))
                .setFlexGrow(3);
        grid.addColumn(e -> e.session().name())
                .setHeader(getTranslation("session.field.name"))
                .setAutoWidth(true);
        grid.addColumn(e -> Formats.dateTime(e.session().firstStartsAt()))
                .setHeader(getTranslation("academy.column.first"))
                .setAutoWidth(true);
        grid.addColumn(this::status)
                .setHeader(getTranslation("academy.column.status"))
                .setAutoWidth(true);
        // A person's own enrolments: a handful, read in one query; the initiatives they name in one more.
        List<Enrolment> mine = enrolments.mine();
        Map<Long, String> appliedIn = initiatives.readableTitles(mine.stream()
                .map(Enrolment::appliedInInitiativeId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        grid.addColumn(e ->
                        e.appliedInInitiativeId() == null ? "" : appliedIn.getOrDefault(e.appliedInInitiativeId(), ""))
                .setHeader(getTranslation("enrolment.appliedIn"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("academy.column.actions"))
                .setAutoWidth(true);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("academy.mine"));
        grid.setEmptyStateText(getTranslation("academy.mine.empty"));
        grid.setId("my-enrolments");
        return grid;
    }

    /** Checking in to a meeting with the code shown there. */
    private Section checkIn() {
        TextField code = new TextField(getTranslation("academy.checkIn.code"));
        code.setId("check-in-code");
        code.setMaxLength(12);
        FormError error = new FormError();
        Button checkIn = new Button(getTranslation("academy.checkIn.action"), click -> {
            int[] meeting = new int[1];
            if (error.attempt(() -> meeting[0] = enrolments.checkIn(code.getValue()))) {
                Feedback.done(this, "academy.checkIn.done", meeting[0] + 1);
                render();
            }
        });
        checkIn.setId("check-in");
        FlexLayout row = new FlexLayout(code, checkIn);
        row.setAlignItems(FlexLayout.Alignment.BASELINE);
        row.addClassName("toolbar");
        Section section = new Section(
                new H2(getTranslation("academy.checkIn")),
                new Paragraph(getTranslation("academy.checkIn.help")),
                error,
                row);
        section.addClassName("initiative-section");
        return section;
    }

    private String status(Enrolment e) {
        if (e.status() == EnrolmentStatus.WAITLISTED) {
            return getTranslation("enrolment.mine.WAITLISTED", enrolments.waitlistPosition(e.id()));
        }
        if (e.completedOn() != null) {
            return getTranslation("enrolment.completed", Formats.date(e.completedOn()));
        }
        return getTranslation("enrolment.mine." + e.status().name());
    }

    private FlexLayout actions(Enrolment e) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        String course = e.session().course().title();
        if (e.cancellableAt(Instant.now())) {
            Button cancel = new Button(getTranslation("enrolment.action.cancel"), click -> {
                if (attempt(() -> enrolments.cancel(e.id()))) {
                    Feedback.done(this, "enrolment.cancelled", course);
                    render();
                }
            });
            cancel.setAriaLabel(getTranslation("enrolment.action.cancelNamed", course));
            cancel.setId("cancel-enrolment-" + e.id());
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(cancel);
        }
        if (e.status() == EnrolmentStatus.CONFIRMED) {
            Button apply = new Button(getTranslation("enrolment.action.applyIn"), click -> applyIn(e));
            apply.setAriaLabel(getTranslation("enrolment.action.applyInNamed", course));
            apply.setId("apply-in-" + e.id());
            apply.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(apply);
        }
        if (e.certificateCode() != null) {
            Anchor certificate = DownloadLink.of(
                    getTranslation("enrolment.certificate"),
                    "kursintyg-" + e.id() + ".pdf",
                    "application/pdf",
                    () -> enrolments.certificate(e.id()));
            certificate.setId("certificate-" + e.id());
            certificate.getElement().setAttribute("aria-label", getTranslation("enrolment.certificateNamed", course));
            actions.add(certificate);
        }
        return actions;
    }

    /** Names the initiative where the course is applied: any initiative the reader may read, searched by title. */
    private void applyIn(Enrolment e) {
        ChoiceForm<Choice> form = new ChoiceForm<>(
                getTranslation("enrolment.appliedIn"),
                List.of(),
                Choice::label,
                getTranslation("enrolment.error.initiative"));
        form.field()
                .setItems(query -> initiatives
                        .register(
                                InitiativeFilter.text(query.getFilter().orElse("")),
                                VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .map(i -> new Choice(i.id(), i.title()))
                        .stream());
        form.field().setId("applied-initiative");
        new RecordDialog<>(
                        getTranslation(
                                "enrolment.applyIn.title", e.session().course().title()),
                        form,
                        (Choice chosen) -> enrolments.applyIn(e.id(), e.version(), chosen.id()),
                        "enrolment.appliedInSaved",
                        saved -> render())
                .open();
    }

    @Override
    public String viewTitle() {
        return getTranslation("academy.mine");
    }
}
