package se.hoglandet.platform.person;

import java.util.Locale;

/** The UI languages. Swedish is the default whatever the browser asks for. */
public enum Language {
    SV(Locale.forLanguageTag("sv-SE")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static Language defaultLanguage() {
        return SV;
    }

    /** The language for a locale: English only when asked for English, otherwise Swedish. */
    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : SV;
    }
}
