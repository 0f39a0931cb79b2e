package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeDetail;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordNavigation;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.visibility.EditScope;

/**
 * Registers a new initiative or edits one as a whole: the form and the service. A refused save keeps everything
 * typed and says why, in the user's language; a saved one opens at the top of its page.
 */
@Route("initiatives/new")
@RouteAlias("initiatives/" + RouteIds.ID + "/edit")
@RolesAllowed("PROJECT_LEAD")
public class InitiativeEditView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final InitiativeService initiatives;
    private final OrganisationService organisations;
    private Long initiativeId;

    InitiativeEditView(InitiativeService initiatives, OrganisationService organisations) {
        this.initiatives = initiatives;
        this.organisations = organisations;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        initiativeId = event.getRouteParameters().getLong("id").orElse(null);
        if (initiativeId == null) {
            render(InitiativeDraft.fresh(), 0);
            return;
        }
        renderOrNotFound(event, () -> {
            InitiativeDetail detail = initiatives.detail(initiativeId);
            if (detail.editScope() != EditScope.WHOLE) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            render(InitiativeDraft.of(detail.initiative()), detail.initiative().version());
        });
    }

    private void render(InitiativeDraft draft, long version) {
        FormError error = new FormError();
        error.setId("form-error");
        InitiativeForm form = new InitiativeForm(organisations.pickableOthers(), initiativeId == null);
        form.edit(draft);
        form.addSaveListener(save -> {
            Initiative[] saved = new Initiative[1];
            if (error.attempt(() -> saved[0] = save(save.draft(), version))) {
                Feedback.done(this, "initiative.saved");
                RecordNavigation.openAtTop(this, InitiativeView.class, saved[0].id());
            } else {
                error.scrollIntoView();
            }
        });
        form.addCancelListener(cancel -> {
            if (initiativeId == null) {
                getUI().ifPresent(ui -> ui.navigate(InitiativesView.class));
            } else {
                RecordNavigation.openAtTop(this, InitiativeView.class, initiativeId);
            }
        });
        add(new H2(viewTitle()), error, form);
    }

    private Initiative save(InitiativeDraft draft, long version) {
        return initiativeId == null
                ? initiatives.create(draft.details(), draft.sharing(), draft.level())
                : initiatives.update(initiativeId, version, draft.details(), draft.sharing());
    }

    @Override
    public String viewTitle() {
        return getTranslation(initiativeId == null ? "initiatives.new" : "initiatives.edit");
    }
}
