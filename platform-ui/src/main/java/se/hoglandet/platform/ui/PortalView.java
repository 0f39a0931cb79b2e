package se.hoglandet.platform.ui;

import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A routed view of the portal. Its browser title is "<view> – Höglandets AI-samverkan" (in the reader's language),
 * so that tabs, bookmarks and screen readers name both the page and the site (WCAG 2.4.2).
 */
public interface PortalView extends HasDynamicTitle {

    /** The view's own title: the record's title on a record page, the view's name otherwise. */
    String viewTitle();

    String getTranslation(String key, Object... params);

    @Override
    default String getPageTitle() {
        String view = viewTitle();
        String site = getTranslation("app.name");
        return view == null || view.isBlank() || view.equals(site) ? site : view + " – " + site;
    }
}
