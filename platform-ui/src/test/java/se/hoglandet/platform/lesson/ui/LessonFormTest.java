package se.hoglandet.platform.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The lesson form: a lesson shared with named organisations names them, and editing it keeps them (the old form
 * offered "shared with named organisations" without a field and wiped the names on every save).
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class LessonFormTest extends SpringBrowserlessTest {

    @Autowired
    LocalAuthenticationProvider localAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSharedLessonNamesItsReadersAndKeepsThemWhenEdited() {
        signIn("eksjo.project-lead");
        navigate(LessonEditView.class);
        String title = "Delad lärdom " + System.nanoTime();
        test($(TextField.class).id("lesson-title")).setValue(title);
        test($(TextArea.class).id("lesson-tried")).setValue("Vi provade att dela med grannarna.");
        RadioButtonGroup<Visibility> visibility = $(RadioButtonGroup.class).id("lesson-visibility");
        assertThat($(MultiSelectComboBox.class).all())
                .as("hidden unless shared")
                .isEmpty();
        visibility.setValue(Visibility.SHARED);
        MultiSelectComboBox<Organisation> named = $(MultiSelectComboBox.class).id("lesson-named");
        Organisation vetlanda = named.getListDataView()
                .getItems()
                .filter(o -> o.code().equals("vetlanda"))
                .findFirst()
                .orElseThrow();
        named.setValue(Set.of(vetlanda));
        test($(Button.class).id("save-lesson")).click();

        Long lesson = jdbc.queryForObject("select id from lesson where title = ?", Long.class, title);
        assertThat(namedCodes(lesson)).containsExactly("vetlanda");

        navigate("lessons/" + lesson + "/edit", LessonEditView.class);
        named = $(MultiSelectComboBox.class).id("lesson-named");
        assertThat(named.getValue()).extracting(Organisation::code).containsExactly("vetlanda");
        test($(TextArea.class).id("lesson-tried")).setValue("Vi provade, och skrev mer.");
        test($(Button.class).id("save-lesson")).click();

        assertThat(namedCodes(lesson)).containsExactly("vetlanda");
        assertThat(jdbc.queryForObject("select tried from lesson where id = ?", String.class, lesson))
                .isEqualTo("Vi provade, och skrev mer.");
    }

    @Test
    void aLessonWithoutItsRequiredTextIsNotSaved() {
        signIn("eksjo.project-lead");
        navigate(LessonEditView.class);
        String title = "Ofullständig " + System.nanoTime();
        test($(TextField.class).id("lesson-title")).setValue(title);
        test($(Button.class).id("save-lesson")).click();

        assertThat($(TextArea.class).id("lesson-tried").isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from lesson where title = ?", Long.class, title))
                .isZero();
    }

    private List<String> namedCodes(Long lesson) {
        return jdbc.queryForList(
                "select o.code from lesson_named_organisations n join organisation o on o.id = n.named_organisations_id"
                        + " where n.lesson_id = ?",
                String.class,
                lesson);
    }

    private void signIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(localAccounts.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(username, "demo")));
    }
}
