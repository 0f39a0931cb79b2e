package se.hoglandet.platform.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.data.domain.PageRequest;
import se.hoglandet.platform.notification.Notification;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.ui.MainLayout;
import se.hoglandet.platform.ui.PortalView;

/** The signed-in person's notifications, newest first, paged; read them, follow their link, mark them read. */
@Route("notifications")
@Menu(title = "nav.notifications", order = 80)
@PermitAll
public class NotificationsView extends Main implements PortalView {

    private final NotificationService notifications;
    private final Grid<Notification> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("page");
        empty.setText(getTranslation("notifications.empty"));
        DateTimeFormatter when =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());

        Button markAll = new Button(getTranslation("notifications.markAllRead"), click -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("mark-all-read");

        grid.addColumn(n -> when.format(n.createdAt().atZone(SwedishTime.ZONE)))
                .setHeader(getTranslation("notifications.column.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::message)
                .setHeader(getTranslation("notifications.column.message"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("notifications.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> notifications.mine(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("notifications.title"));
        grid.setId("notifications");
        grid.setHeight("60vh");
        empty.setId("notifications-empty");
        add(new HorizontalLayout(markAll), empty, grid);
        showEmptyState(markAll);
    }

    /** With nothing to show, a sentence says what will come here instead of an empty table. */
    private void showEmptyState(Button markAll) {
        boolean none = notifications.mine(PageRequest.of(0, 1)).isEmpty();
        empty.setVisible(none);
        grid.setVisible(!none);
        markAll.setEnabled(!none);
    }

    private Div message(Notification notification) {
        Span subject = new Span(notification.subject());
        subject.addClassName(notification.isRead() ? "notification-read" : "notification-unread");
        Div body = new Div(notification.body());
        body.addClassName("notification-body");
        return new Div(subject, body);
    }

    private HorizontalLayout actions(Notification notification) {
        HorizontalLayout actions = new HorizontalLayout();
        if (notification.link() != null) {
            Button open = new Button(getTranslation("notifications.open"), click -> {
                notifications.markRead(notification.id());
                UI.getCurrent().navigate(notification.link());
            });
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            open.setAriaLabel(getTranslation("notifications.open") + ": " + notification.subject());
            actions.add(open);
        }
        if (!notification.isRead()) {
            Button read = new Button(getTranslation("notifications.markRead"), click -> {
                notifications.markRead(notification.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.setAriaLabel(getTranslation("notifications.markRead") + ": " + notification.subject());
            actions.add(read);
        }
        return actions;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        MainLayout layout = findAncestor(MainLayout.class);
        if (layout != null) {
            layout.refreshUnreadCount();
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("notifications.title");
    }
}
