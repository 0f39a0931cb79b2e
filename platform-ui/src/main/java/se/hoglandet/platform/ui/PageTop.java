package se.hoglandet.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * After a record is saved it opens at its top: the page and the shell's content scroll up, and the content takes
 * the focus (without scrolling), so that keyboard and screen-reader users start reading the record from its title.
 */
public final class PageTop {

    private PageTop() {}

    /** Scrolls the page of {@code any} (a view or anything on it) to the top once the change has been drawn. */
    public static void show(Component any) {
        any.getUI().ifPresent(PageTop::show);
    }

    /** The same for a page just navigated to. */
    public static void show(UI ui) {
        ui.getPage()
                .executeJs(
                        "window.scrollTo(0, 0);"
                                + "const content = document.getElementById($0);"
                                + "if (content) { content.scrollTop = 0; content.focus({preventScroll: true}); }",
                        MainLayout.CONTENT_ID);
    }
}
