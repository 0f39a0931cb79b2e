package se.hoglandet.platform.person.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.hoglandet.platform.person.DirectoryService;
import se.hoglandet.platform.person.DirectorySyncRun;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;

/**
 * The directory sync for platform administrators: when Keycloak was last read, what changed, or why it failed (a
 * failed sync changes nothing), and "sync now".
 */
@Route("admin/directory")
@Menu(title = "nav.directorySync", order = 201)
@RolesAllowed("PLATFORM_ADMIN")
public class DirectorySyncView extends Main implements PortalView, PageParts {

    private final DirectoryService directory;

    DirectorySyncView(DirectoryService directory) {
        this.directory = directory;
        addClassName("page");
        render();
    }

    private void render() {
        removeAll();
        add(new H2(viewTitle()), new Paragraph(getTranslation("directory.sync.help")));
        DescriptionList facts = new DescriptionList();
        facts.setId("directory-sync-latest");
        facts.addClassName("profile-facts");
        directory
                .latestSync()
                .ifPresentOrElse(
                        run -> describe(facts, run),
                        () -> fact(facts, "directory.sync.latest", getTranslation("directory.sync.never")));
        Button now = new Button(getTranslation("directory.sync.now"), click -> {
            DirectorySyncRun[] run = new DirectorySyncRun[1];
            if (attempt(() -> run[0] = directory.syncNow())) {
                Feedback.done(this, run[0].succeeded() ? "directory.sync.done" : "directory.sync.failedNow");
                render();
            }
        });
        now.setId("directory-sync-now");
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(facts, now);
    }

    private void describe(DescriptionList facts, DirectorySyncRun run) {
        fact(facts, "directory.sync.latest", Formats.dateTime(run.finishedAt()));
        fact(
                facts,
                "directory.sync.result",
                run.succeeded()
                        ? getTranslation(
                                "directory.sync.counts", run.read(), run.added(), run.updated(), run.deactivated())
                        : getTranslation("directory.sync.failed", run.error()));
    }

    @Override
    public String viewTitle() {
        return getTranslation("directory.sync.title");
    }
}
