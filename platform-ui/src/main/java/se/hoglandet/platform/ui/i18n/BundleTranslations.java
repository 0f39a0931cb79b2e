package se.hoglandet.platform.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.person.Language;

/**
 * All UI text, from {@code vaadin-i18n/translations*.properties}. Unlike Vaadin's default provider it never
 * falls back to the server's default locale: Swedish asks for the base (Swedish) bundle even on a server whose
 * JVM runs in English.
 */
@Component
public class BundleTranslations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(BundleTranslations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Language.SV.locale(), Language.EN.locale());
    }

    /** Whether the bundles have a text for the key (both have the same keys; a test checks). */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK).containsKey(key);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale wanted = Language.of(locale) == Language.EN ? Locale.ENGLISH : Locale.ROOT;
        try {
            String pattern =
                    ResourceBundle.getBundle(BUNDLE, wanted, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, locale);
            return "!" + key;
        }
    }
}
