package se.hoglandet.platform.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.SignedInViewTest;
import se.hoglandet.platform.visibility.Visibility;

/**
 * The lesson form: a lesson shared with named organisations names them, and editing it keeps them (the old form
 * offered "shared with named organisations" without a field and wiped the names on every save).
 */
class LessonFormTest extends SignedInViewTest {

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

    @Test
    void anEditSavedByAnotherInBetweenIsRefusedAsStale() {
        signIn("eksjo.project-lead");
        navigate(LessonEditView.class);
        String title = "Lärdom att krocka med " + System.nanoTime();
        test($(TextField.class).id("lesson-title")).setValue(title);
        test($(TextArea.class).id("lesson-tried")).setValue("Vi provade.");
        test($(Button.class).id("save-lesson")).click();
        Long lesson = jdbc.queryForObject("select id from lesson where title = ?", Long.class, title);
        assertThat(getCurrentView()).isInstanceOf(LessonView.class);

        navigate("lessons/" + lesson + "/edit", LessonEditView.class);
        test($(TextArea.class).id("lesson-tried")).setValue("Vi provade något annat.");
        jdbc.update("update lesson set version = version + 1 where id = ?", lesson);
        test($(Button.class).id("save-lesson")).click();

        assertThat($(FormError.class).first().getText())
                .isEqualTo("Någon annan har ändrat uppgifterna medan du arbetade. Dina ändringar har inte sparats;"
                        + " ladda om sidan och gör om dem.");
        assertThat(jdbc.queryForObject("select tried from lesson where id = ?", String.class, lesson))
                .isEqualTo("Vi provade.");
    }

    @Test
    void aCommentIsPublishedAndAnEmptyOneRefused() {
        Long lesson = jdbc.queryForObject("select min(id) from lesson where demo = true", Long.class);
        signIn("vetlanda.member");
        navigate("lessons/" + lesson, LessonView.class);
        long before = comments(lesson);
        test($(Button.class).id("send-comment")).click();
        assertThat($(FormError.class).first().getText()).isEqualTo("En kommentar får vara 1–2000 tecken.");
        assertThat(comments(lesson)).isEqualTo(before);

        test($(TextArea.class).id("lesson-comment")).setValue("Det här provar vi också.");
        test($(Button.class).id("send-comment")).click();
        assertThat(comments(lesson)).isEqualTo(before + 1);
        assertThat($(Div.class).id("lesson-comments").getElement().getTextRecursively())
                .contains("Det här provar vi också.");
    }

    private long comments(Long lesson) {
        return jdbc.queryForObject("select count(*) from lesson_comment where lesson_id = ?", Long.class, lesson);
    }

    private List<String> namedCodes(Long lesson) {
        return jdbc.queryForList(
                "select o.code from lesson_named_organisations n join organisation o on o.id = n.named_organisations_id"
                        + " where n.lesson_id = ?",
                String.class,
                lesson);
    }
}
