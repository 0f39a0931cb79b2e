package se.hoglandet.platform.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.person.Language;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.CurrentActor;

/**
 * Swedish unless the user chose English: the browser's language is ignored on purpose (the portal is
 * Swedish-first). A signed-in user's choice lives in their profile; before login it lives in the session.
 */
@Component
public class LanguageSelection implements VaadinServiceInitListener {

    private static final String SESSION_KEY = LanguageSelection.class.getName();

    private final PersonService people;
    private final CurrentActor currentActor;

    LanguageSelection(PersonService people, CurrentActor currentActor) {
        this.people = people;
        this.currentActor = currentActor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(
                        init -> apply(init.getUI(), resolve(init.getUI().getSession())));
    }

    /** Switches the language for this session (and the profile, when signed in) and redraws the page. */
    public void choose(Language language) {
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(SESSION_KEY, language);
        if (!currentActor.get().isAnonymous()) {
            people.chooseLanguage(language);
        }
        apply(ui, language);
        ui.getPage().reload();
    }

    public static Language current() {
        return Language.of(UI.getCurrent().getLocale());
    }

    private Language resolve(VaadinSession session) {
        Object chosen = session.getAttribute(SESSION_KEY);
        if (chosen instanceof Language language) {
            return language;
        }
        if (!currentActor.get().isAnonymous()) {
            Language fromProfile = people.myProfile().language();
            session.setAttribute(SESSION_KEY, fromProfile);
            return fromProfile;
        }
        return Language.defaultLanguage();
    }

    private static void apply(UI ui, Language language) {
        Locale locale = language.locale();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        // Screen readers and axe need the page language on <html>.
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}
