package se.hoglandet.platform.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.search.SearchService;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.ui.i18n.LanguageSelection;
import se.hoglandet.platform.ui.i18n.LanguageSwitch;

/**
 * The shell around every signed-in view: the portal's name, the user and their organisation, the language
 * switch, logout, and a side navigation that lists only the views the user's roles open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The id of the page's content, where the skip link leads. */
    public static final String CONTENT_ID = "main-content";

    private final H1Title title = new H1Title();
    private final NotificationService notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span unreadBadge = new Span();

    MainLayout(
            PersonService people,
            CurrentActor currentActor,
            LanguageSelection languages,
            AuthenticationContext authentication,
            NotificationService notifications,
            SearchService search) {
        this.notifications = notifications;
        // Error pages may be shown in this layout to someone not signed in: then there is no profile to show.
        Person me = currentActor.get().isAnonymous() ? null : people.myProfile();

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));

        Span user = new Span(me == null ? "" : me.displayName());
        user.addClassName("shell-user");
        Span organisation = new Span(me == null ? "" : me.organisation().name());
        organisation.addClassName("shell-organisation");
        organisation.setId("current-organisation");
        Div who = new Div(user, organisation);
        who.addClassName("shell-who");

        Button logout = new Button(
                getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        // On a phone only the icon shows; the name stays the same for screen readers and voice control.
        logout.setAriaLabel(getTranslation("layout.logout"));
        LanguageSwitch language = new LanguageSwitch(languages);
        language.setAriaLabel(language.getText());

        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setId("notification-bell");
        bell.addClickListener(click -> bell.getUI().ifPresent(ui -> ui.navigate("notifications")));
        unreadBadge.getElement().getThemeList().add("badge error pill small");
        unreadBadge.setId("unread-count");
        unreadBadge.getElement().setAttribute("aria-hidden", "true");
        Div bellWithBadge = new Div(bell, unreadBadge);
        bellWithBadge.addClassName("shell-bell");
        if (me != null) {
            refreshUnreadCount();
        } else {
            bellWithBadge.setVisible(false);
        }

        HorizontalLayout tools = new HorizontalLayout(bellWithBadge, who, language, logout);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.setSpacing(false);
        tools.addClassName("shell-tools");

        // The first thing a keyboard reaches: straight past the header and the menu to the page (WCAG 2.4.1).
        Anchor skip = new Anchor("#" + CONTENT_ID, getTranslation("layout.skipToContent"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        // The router would treat the fragment as a navigation: move the focus ourselves instead.
        skip.getElement()
                .addEventListener("click", click -> getContent().getElement().callJsFunction("focus"))
                .preventDefault();

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("shell-app-name");
        GlobalSearchField searchField = new GlobalSearchField(search);
        searchField.addClassName("shell-search");
        // On a phone the field gives way to a button that opens the search page.
        Button searchLink = new Button(
                VaadinIcon.SEARCH.create(), click -> click.getSource().getUI().ifPresent(ui -> ui.navigate("search")));
        searchLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        searchLink.setAriaLabel(getTranslation("layout.searchPage"));
        searchLink.addClassName("shell-search-link");
        // Full-text search needs a login (documents hold internal fields); error pages may be shown to visitors.
        searchField.setVisible(me != null);
        searchLink.setVisible(me != null);
        Header header = new Header(skip, toggle, appName, title, searchField, searchLink, tools);
        header.addClassName("shell-header");
        addToNavbar(header);

        Anchor accessibility = new Anchor("/public/accessibility", getTranslation("layout.footer.accessibility"));
        Anchor personalData = new Anchor("/public/personal-data", getTranslation("layout.footer.personalData"));
        accessibility.setRouterIgnore(true);
        personalData.setRouterIgnore(true);
        Footer footer = new Footer(new Span(getTranslation("layout.footer")), accessibility, personalData);
        footer.addClassName("shell-footer");
        Div drawerWho = new Div(
                new Span(me == null ? "" : me.displayName()),
                new Span(me == null ? "" : me.organisation().name()));
        drawerWho.addClassName("drawer-who");
        drawerWho.setVisible(me != null);
        // Everything in landmarks: the drawer holds the navigation and the footer.
        addToDrawer(drawerWho, navigation(), footer);
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        // Menu entries are already filtered by Vaadin's view access checks: only what the roles open is listed.
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
        }
        return nav;
    }

    /** Re-reads the unread count (one count query), e.g. after the user read their notifications. */
    public void refreshUnreadCount() {
        long unread = notifications.unreadCount();
        unreadBadge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        unreadBadge.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("layout.notifications", unread));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (unreadBadge.getParent().map(p -> p.isVisible()).orElse(false)) {
            refreshUnreadCount();
        }
        // The header names the part of the portal; the record's own (often long) title is the page's heading.
        title.setText(section(event.getLocation().getPath()));
        getContent().setId(CONTENT_ID);
        getContent().getElement().setAttribute("tabindex", "-1");
    }

    /** The menu entry the address belongs to ("initiatives/42" → "Initiativ"), or the portal's name. */
    private String section(String path) {
        String best = null;
        int bestLength = -1;
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String entryPath = entry.path().replaceAll("^/+", "");
            boolean matches =
                    entryPath.isEmpty() ? path.isEmpty() : path.equals(entryPath) || path.startsWith(entryPath + "/");
            if (matches && entryPath.length() > bestLength) {
                best = getTranslation(entry.title());
                bestLength = entryPath.length();
            }
        }
        return best != null ? best : getTranslation("app.name");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Vaadin's connection indicator speaks English unless told otherwise.
        attachEvent
                .getUI()
                .getPage()
                .executeJs(
                        "const c = document.querySelector('vaadin-connection-indicator');"
                                + "if (c) { c.onlineText = $0; c.offlineText = $1; c.reconnectingText = $2; }",
                        getTranslation("connection.online"),
                        getTranslation("connection.offline"),
                        getTranslation("connection.reconnecting"));
    }

    /** The page heading in the navbar. */
    static final class H1Title extends com.vaadin.flow.component.html.H1 {
        H1Title() {
            addClassName("shell-title");
        }
    }
}
