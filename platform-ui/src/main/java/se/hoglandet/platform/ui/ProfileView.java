package se.hoglandet.platform.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
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
        add(facts, preferences(notifications));
    }

    /** Per kind of notification: in the portal and/or by e-mail. Saved at once. */
    private Section preferences(NotificationService notifications) {
        H2 heading = new H2(getTranslation("profile.notifications"));
        heading.setId("notification-preferences-heading");
        Section section = new Section(heading, new Paragraph(getTranslation("profile.notifications.help")));
        for (NotificationService.Preference preference : notifications.myPreferences()) {
            String kind =
                    getTranslation("notification.kind." + preference.kind().name());
            Checkbox inApp = new Checkbox(getTranslation("profile.notifications.inApp"), preference.inApp());
            Checkbox email = new Checkbox(getTranslation("profile.notifications.email"), preference.email());
            inApp.setAriaLabel(kind + ": " + getTranslation("profile.notifications.inApp"));
            email.setAriaLabel(kind + ": " + getTranslation("profile.notifications.email"));
            email.setId("email-" + preference.kind().name());
            inApp.setId("in-app-" + preference.kind().name());
            Runnable save = () -> {
                notifications.choose(preference.kind(), inApp.getValue(), email.getValue());
                Feedback.done(this, "profile.notifications.saved", kind);
            };
            inApp.addValueChangeListener(change -> save.run());
            email.addValueChangeListener(change -> save.run());
            Span name = new Span(kind);
            name.addClassName("preference-kind");
            // Wraps on a phone: the kind's name above its two choices.
            FlexLayout row = new FlexLayout(name, inApp, email);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("preference-row");
            section.add(row);
        }
        return section;
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
