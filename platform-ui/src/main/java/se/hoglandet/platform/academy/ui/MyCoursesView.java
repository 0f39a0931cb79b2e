package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import se.hoglandet.platform.academy.Enrolment;
import se.hoglandet.platform.academy.EnrolmentService;
import se.hoglandet.platform.academy.EnrolmentStatus;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.error.UserMessages;

/**
 * "My courses": everything the user is or was enrolled in, their place in waitlists, cancelling, calendar files,
 * certificates, checking in to a meeting with its code, and the export of everything stored about them. Managers
 * also see their staff's enrolments waiting for approval.
 */
@Route("academy/mine")
@PermitAll
public class MyCoursesView extends Main implements PortalView {

    private final EnrolmentService enrolments;

    MyCoursesView(EnrolmentService enrolments) {
        this.enrolments = enrolments;
        addClassName("page");
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("academy.mine")));
        List<Enrolment> mine = enrolments.mine();
        Grid<Enrolment> grid = new Grid<>();
        grid.addComponentColumn(e -> new Anchor(
                        "academy/courses/" + e.session().course().id(),
                        e.session().course().title()))
                .setHeader(getTranslation("course.field.title"))
                .setFlexGrow(3);
        grid.addColumn(e -> e.session().name())
                .setHeader(getTranslation("session.field.name"))
                .setAutoWidth(true);
        grid.addColumn(e -> AcademyFormats.dateTime(this, e.session().firstStartsAt()))
                .setHeader(getTranslation("academy.column.first"))
                .setAutoWidth(true);
        grid.addColumn(this::status)
                .setHeader(getTranslation("academy.column.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("academy.column.actions"))
                .setAutoWidth(true);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("academy.mine"));
        grid.setEmptyStateText(getTranslation("academy.mine.empty"));
        grid.setId("my-enrolments");

        Anchor calendar = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = enrolments.myCalendar();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "mina-kurser.ics", "text/calendar", bytes.length);
                }),
                getTranslation("academy.mine.calendar"));
        calendar.setId("my-calendar");
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = enrolments.exportMyData().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "mina-uppgifter-akademin.json",
                            "application/json",
                            bytes.length);
                }),
                getTranslation("academy.mine.export"));
        export.setId("export-my-data");
        FlexLayout downloads = new FlexLayout(calendar, export);
        downloads.addClassName("toolbar");

        TextField code = new TextField(getTranslation("academy.checkIn.code"));
        code.setId("check-in-code");
        code.setMaxLength(12);
        FormError error = new FormError();
        Button checkIn = new Button(getTranslation("academy.checkIn.action"), click -> {
            int[] meeting = new int[1];
            if (error.attempt(() -> meeting[0] = enrolments.checkIn(code.getValue()))) {
                Notification.show(
                                getTranslation("academy.checkIn.done", meeting[0] + 1),
                                4000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            }
        });
        checkIn.setId("check-in");
        FlexLayout checkInRow = new FlexLayout(code, checkIn);
        checkInRow.setAlignItems(FlexLayout.Alignment.BASELINE);
        checkInRow.addClassName("toolbar");
        Section checkInBox = new Section(
                new H2(getTranslation("academy.checkIn")),
                new Paragraph(getTranslation("academy.checkIn.help")),
                error,
                checkInRow);
        checkInBox.addClassName("initiative-section");

        add(new Paragraph(getTranslation("academy.mine.privacy")), downloads, grid, checkInBox);
        if (enrolments.mayManageStaff()) {
            add(approvals());
        }
    }

    private String status(Enrolment e) {
        if (e.status() == EnrolmentStatus.WAITLISTED) {
            return getTranslation("enrolment.mine.WAITLISTED", enrolments.waitlistPosition(e.id()));
        }
        if (e.completedOn() != null) {
            return getTranslation(
                    "enrolment.completed",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(getLocale())
                            .format(e.completedOn()));
        }
        return getTranslation("enrolment.mine." + e.status().name());
    }

    private FlexLayout actions(Enrolment e) {
        FlexLayout actions = new FlexLayout();
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        if (e.cancellableAt(Instant.now())) {
            Button cancel = new Button(getTranslation("enrolment.action.cancel"), click -> {
                try {
                    enrolments.cancel(e.id());
                    render();
                } catch (RuntimeException refused) {
                    String key = UserMessages.keyFor(refused);
                    if (key == null) {
                        throw refused;
                    }
                    Notification.show(getTranslation(key), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            cancel.setAriaLabel(getTranslation(
                    "enrolment.action.cancelNamed", e.session().course().title()));
            cancel.setId("cancel-enrolment-" + e.id());
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(cancel);
        }
        if (e.certificateCode() != null) {
            Anchor certificate = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] bytes = enrolments.certificate(e.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes),
                                "kursintyg-" + e.id() + ".pdf",
                                "application/pdf",
                                bytes.length);
                    }),
                    getTranslation("enrolment.certificate"));
            certificate.setId("certificate-" + e.id());
            certificate
                    .getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    "enrolment.certificateNamed",
                                    e.session().course().title()));
            actions.add(certificate);
        }
        if (actions.getComponentCount() == 0) {
            actions.add(new Span());
        }
        return actions;
    }

    private Section approvals() {
        Section box = new Section(new H2(getTranslation("academy.approvals")));
        box.addClassName("initiative-section");
        box.setId("approvals");
        List<Enrolment> pending = enrolments.pendingApprovals();
        if (pending.isEmpty()) {
            box.add(new Paragraph(getTranslation("academy.approvals.none")));
            return box;
        }
        Grid<Enrolment> grid = new Grid<>();
        grid.addColumn(Enrolment::personName)
                .setHeader(getTranslation("academy.column.person"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.session().course().title())
                .setHeader(getTranslation("course.field.title"))
                .setFlexGrow(2);
        grid.addColumn(e -> AcademyFormats.dateTime(this, e.session().firstStartsAt()))
                .setHeader(getTranslation("academy.column.first"))
                .setAutoWidth(true);
        grid.addComponentColumn(e -> {
                    Button approve = new Button(
                            getTranslation("academy.approve"), click -> decide(() -> enrolments.approve(e.id())));
                    approve.setAriaLabel(getTranslation("academy.approveNamed", e.personName()));
                    Button decline = new Button(
                            getTranslation("academy.decline"), click -> decide(() -> enrolments.decline(e.id())));
                    decline.setAriaLabel(getTranslation("academy.declineNamed", e.personName()));
                    return new FlexLayout(approve, decline);
                })
                .setHeader(getTranslation("academy.column.actions"))
                .setAutoWidth(true);
        grid.setItems(pending);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("academy.approvals"));
        box.add(grid);
        return box;
    }

    private void decide(Runnable decision) {
        decision.run();
        Notification.show(getTranslation("action.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        render();
    }

    @Override
    public String viewTitle() {
        return getTranslation("academy.mine");
    }
}
