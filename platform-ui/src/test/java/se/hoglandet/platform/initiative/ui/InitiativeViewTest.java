package se.hoglandet.platform.initiative.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.hoglandet.platform.ui.SignedInViewTest;

/**
 * The initiative page shows the sections other capabilities contribute (the tools it uses, the lessons written on
 * it) without the initiative views depending on those capabilities.
 */
class InitiativeViewTest extends SignedInViewTest {

    @Test
    void theToolsAndLessonsSectionsAreContributedInOrder() {
        signIn("eksjo.project-lead");
        long initiative = demoInitiativeOf("eksjo");

        InitiativeView view = navigate("initiatives/" + initiative, InitiativeView.class);

        assertThat($(Div.class).withId("initiative-tools").exists()).isTrue();
        assertThat($(Div.class).withId("initiative-lessons").exists()).isTrue();
        List<String> headings =
                $(H2.class).from(view).all().stream().map(H2::getText).toList();
        assertThat(headings)
                .containsSubsequence(
                        view.getTranslation("initiative.section.attachments"),
                        view.getTranslation("initiative.section.tools"),
                        view.getTranslation("initiative.section.lessons"),
                        view.getTranslation("initiative.section.similar"));
    }
}
