package se.hoglandet.platform.ui.i18n;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.hoglandet.platform.person.Language;

/**
 * Offers the other language. Its label is written in that language ("English" / "Svenska"), as language pickers
 * should be, and marked with its language for screen readers.
 */
public class LanguageSwitch extends Button {

    public LanguageSwitch(LanguageSelection selection) {
        Language other = LanguageSelection.current() == Language.SV ? Language.EN : Language.SV;
        setText(getTranslation("language.switchTo." + other.name()));
        setIcon(VaadinIcon.GLOBE.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getElement().setAttribute("lang", other.locale().getLanguage());
        setId("language-switch");
        addClickListener(click -> selection.choose(other));
    }
}
