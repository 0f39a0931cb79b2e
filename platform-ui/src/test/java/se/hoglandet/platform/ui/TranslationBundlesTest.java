package se.hoglandet.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Swedish and English have the same keys, no empty texts, and the same placeholders in each text. */
class TranslationBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern NUMERIC_ARGUMENT = Pattern.compile("\\{(\\d+),(?:choice|number)");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties swedish = load("translations.properties");
        Properties english = load("translations_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(swedish.stringPropertyNames());
    }

    @Test
    void noTextIsEmptyAndPlaceholdersMatch() throws IOException {
        Properties swedish = load("translations.properties");
        Properties english = load("translations_en.properties");
        for (String key : swedish.stringPropertyNames()) {
            assertThat(swedish.getProperty(key)).as("sv " + key).isNotBlank();
            assertThat(english.getProperty(key)).as("en " + key).isNotBlank();
            assertThat(placeholders(english.getProperty(key)))
                    .as(key)
                    .isEqualTo(placeholders(swedish.getProperty(key)));
        }
    }

    /**
     * A text with placeholders goes through {@link MessageFormat}, where a single apostrophe starts a quoted part:
     * "months' notice {0}" would print without the apostrophe and without the value. Each must be doubled, and the
     * formatted text must show every value.
     */
    @Test
    void apostrophesSurviveFormatting() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_en.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                long count = placeholders(text);
                if (count == 0) {
                    continue;
                }
                // A plural ({0,choice,1#1 option|1<{0} options}) or number argument needs a number: 2, the plural.
                Set<String> numeric = NUMERIC_ARGUMENT
                        .matcher(text)
                        .results()
                        .map(m -> m.group(1))
                        .collect(Collectors.toSet());
                Object[] values = new Object[(int) count + 5];
                for (int i = 0; i < values.length; i++) {
                    values[i] = numeric.contains(String.valueOf(i)) ? (Object) 2 : "§" + i + "§";
                }
                String formatted = new MessageFormat(text, Locale.ENGLISH).format(values);
                assertThat(formatted.chars().filter(c -> c == '\'').count())
                        .as(file + " " + key + ": apostrophes kept")
                        .isEqualTo(text.replace("''", "'")
                                .chars()
                                .filter(c -> c == '\'')
                                .count());
                PLACEHOLDER
                        .matcher(text)
                        .results()
                        .filter(p -> !numeric.contains(
                                p.group().substring(1, p.group().length() - 1)))
                        .forEach(p -> assertThat(formatted)
                                .as(file + " " + key + ": " + p.group() + " shown")
                                .contains("§" + p.group().substring(1, p.group().length() - 1) + "§"));
            }
        }
    }

    private static long placeholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.results().count();
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (var in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
