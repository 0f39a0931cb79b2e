package se.hoglandet.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import se.hoglandet.platform.worklist.WorkItemProvider;

/**
 * Every kind of work a capability puts on the start page has its heading in both languages: the kinds are the
 * upper-case string constants of the {@link WorkItemProvider}s, found on the class path, so a new kind without
 * its text fails here instead of showing "!worklist.KIND" to a user.
 */
class WorkKindTextsTest {

    @Test
    void everyWorkKindHasItsHeadingInSwedishAndEnglish() throws Exception {
        List<String> kinds = kinds();
        assertThat(kinds).as("work kinds found").hasSizeGreaterThan(15).contains("GUIDELINE_REVIEWS", "SIGN_OFFS");
        for (String bundle : List.of("translations.properties", "translations_en.properties")) {
            Properties texts = load(bundle);
            assertThat(kinds)
                    .as(bundle)
                    .allSatisfy(kind -> assertThat(texts.getProperty("worklist." + kind))
                            .as(bundle + " worklist." + kind)
                            .isNotBlank());
        }
    }

    private static List<String> kinds() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(WorkItemProvider.class));
        List<String> kinds = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("se.hoglandet.platform")) {
            for (Field field : Class.forName(candidate.getBeanClassName()).getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())
                        && Modifier.isFinal(field.getModifiers())
                        && field.getType() == String.class) {
                    field.setAccessible(true);
                    String value = (String) field.get(null);
                    if (value.matches("[A-Z][A-Z_]+")) {
                        kinds.add(value);
                    }
                }
            }
        }
        return kinds;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = WorkKindTextsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
