package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import se.hoglandet.platform.academy.CourseSession;
import se.hoglandet.platform.academy.SessionDraft;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.form.RecordDialog;

/** Adding a session to a course or changing one: the session form in the one record dialog. */
final class SessionDialog {

    private SessionDialog() {}

    /**
     * @param draft  {@link SessionForm#newSession()} or the session as it is ({@code CourseSession.asDraft()})
     * @param isNew  whether a session is added (the title says so)
     * @param save   the service call: add, or update with the version that was read
     */
    static RecordDialog<SessionDraft, CourseSession> open(
            Component page,
            List<Organisation> organisations,
            SessionDraft draft,
            boolean isNew,
            Function<SessionDraft, CourseSession> save,
            Consumer<CourseSession> saved) {
        SessionForm form = new SessionForm(organisations);
        form.edit(draft);
        String title = page.getTranslation(isNew ? "session.action.add" : "session.action.edit");
        RecordDialog<SessionDraft, CourseSession> dialog =
                new RecordDialog<>(title, form, save, "session.saved", saved);
        dialog.withSaveId("save-session").open();
        return dialog;
    }
}
