package se.hoglandet.platform.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view. Runtime stylesheets only (Lumo plus our own), so the pre-compiled Vaadin bundle is
 * used and no frontend build is needed.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
