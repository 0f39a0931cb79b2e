package se.hoglandet.platform.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.search.assistant.AssistantService;
import se.hoglandet.platform.ui.PortalView;

/**
 * "Fråga kunskapsbanken": a question, and the assistant's answer from what the user may read, with its sources and a
 * place to say whether it helped. The question travels in the address ({@code ?q=}), as from the search page's panel.
 */
@Route("ask")
@Menu(title = "nav.ask", order = 11)
@PermitAll
public class AskView extends Main implements BeforeEnterObserver, PortalView {

    private final TextField question = new TextField();
    private final AnswerSection answer;

    AskView(AssistantService assistant) {
        addClassName("page");
        addClassName("assistant-view");
        answer = new AnswerSection(assistant, 3);
        question.setLabel(getTranslation("assistant.question"));
        question.setPlaceholder(getTranslation("assistant.question.placeholder"));
        question.setId("assistant-question");
        question.setMaxLength(500);
        question.setClearButtonVisible(true);
        question.addClassName("assistant-question");
        Button ask = new Button(getTranslation("assistant.ask"), click -> go(question.getValue()));
        ask.setId("assistant-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickShortcut(Key.ENTER);
        HorizontalLayout bar = new HorizontalLayout(question, ask);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("assistant-bar");
        add(new H2(getTranslation("assistant.title")), new Paragraph(getTranslation("assistant.intro")), bar, answer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String asked = event.getLocation()
                .getQueryParameters()
                .getParameters()
                .getOrDefault("q", List.of(""))
                .getFirst();
        question.setValue(asked);
        if (!asked.isBlank()) {
            answer.ask(asked);
        }
    }

    private void go(String text) {
        getUI().ifPresent(ui -> ui.navigate(AskView.class, new QueryParameters(Map.of("q", List.of(text.strip())))));
    }

    @Override
    public String viewTitle() {
        return getTranslation("assistant.title");
    }
}
