package se.hoglandet.platform.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.ui.i18n.LanguageSelection;

/**
 * What the portal knows about the signed-in person: the profile (from the identity provider at each login) and
 * the roles of this session.
 */
@Route("profile")
@Menu(title = "profile.title", order = 95)
@PermitAll
public class ProfileView extends Main implements PortalView {

    ProfileView(PersonService people, CurrentActor currentActor, NotificationService notifications) {
        addClassName("page");
        Person me = people.myProfile();
        String roles = currentActor.get().roles().stream()
                .map(role -> getTranslation("role." + role.name()))
                .sorted()
                .collect(Collectors.joining(", "));
        DescriptionList facts = new DescriptionList();
        facts.add(term("profile.name"), value(me.displayName(), "profile-name"));
        facts.add(term("profile.email"), value(me.email() == null ? "" : me.email(), "profile-email"));
        facts.add(term("profile.organisation"), value(me.organisation().name(), "profile-organisation"));
        facts.add(term("profile.roles"), value(roles, "profile-roles"));
        facts.add(
                term("profile.language"),
                value(
                        getTranslation(
                                "language.name." + LanguageSelection.current().name()),
                        "profile-language"));
        facts.addClassName("profile-facts");
        add(facts, new NotificationPreferencesPanel(notifications));
    }

    private DescriptionList.Term term(String key) {
        return new DescriptionList.Term(getTranslation(key));
    }

    private static DescriptionList.Description value(String text, String id) {
        DescriptionList.Description description = new DescriptionList.Description(text);
        description.setId(id);
        return description;
    }

    @Override
    public String viewTitle() {
        return getTranslation("profile.title");
    }
}
