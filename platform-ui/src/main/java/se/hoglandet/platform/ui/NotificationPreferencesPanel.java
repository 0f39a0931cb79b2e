package se.hoglandet.platform.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import se.hoglandet.platform.notification.EmailFrequency;
import se.hoglandet.platform.notification.NotificationService;

/**
 * Per kind of notification: in the portal, by e-mail, and how often the e-mail comes (at once, a daily or a weekly
 * summary, as Decidim lets its users choose). Duty mail — someone has to act — always comes at once; the page says
 * so. Each change is saved at once.
 */
class NotificationPreferencesPanel extends Section {

    NotificationPreferencesPanel(NotificationService notifications) {
        H2 heading = new H2(getTranslation("profile.notifications"));
        heading.setId("notification-preferences-heading");
        add(heading, new Paragraph(getTranslation("profile.notifications.help")));
        add(new Paragraph(getTranslation("notification.frequency.duty")));
        addClassName("notification-preferences");
        for (NotificationService.Preference preference : notifications.myPreferences()) {
            add(row(notifications, preference));
        }
    }

    private FlexLayout row(NotificationService notifications, NotificationService.Preference preference) {
        String kindName = preference.kind().name();
        String kind = getTranslation("notification.kind." + kindName);
        Checkbox inApp = new Checkbox(getTranslation("profile.notifications.inApp"), preference.inApp());
        Checkbox email = new Checkbox(getTranslation("profile.notifications.email"), preference.email());
        inApp.setAriaLabel(kind + ": " + getTranslation("profile.notifications.inApp"));
        email.setAriaLabel(kind + ": " + getTranslation("profile.notifications.email"));
        inApp.setId("in-app-" + kindName);
        email.setId("email-" + kindName);
        Select<EmailFrequency> frequency = new Select<>();
        frequency.setItems(EmailFrequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("notification.frequency." + f.name()));
        frequency.setValue(preference.frequency());
        frequency.setAriaLabel(kind + ": " + getTranslation("profile.notifications.frequency"));
        frequency.setId("frequency-" + kindName);
        frequency.setEnabled(preference.email());
        Runnable save = () -> {
            notifications.choose(preference.kind(), inApp.getValue(), email.getValue(), frequency.getValue());
            frequency.setEnabled(email.getValue());
            Feedback.done(this, "profile.notifications.saved", kind);
        };
        inApp.addValueChangeListener(change -> save.run());
        email.addValueChangeListener(change -> save.run());
        frequency.addValueChangeListener(change -> save.run());
        Span name = new Span(kind);
        name.addClassName("preference-kind");
        // Wraps on a phone: the kind's name above its choices.
        FlexLayout row = new FlexLayout(name, inApp, email, frequency);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("preference-row");
        return row;
    }
}
