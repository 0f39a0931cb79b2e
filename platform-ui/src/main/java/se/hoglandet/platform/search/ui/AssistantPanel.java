package se.hoglandet.platform.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.search.assistant.AssistantService;

/**
 * Beside the search results: the search text as a question to the assistant, answered in place when the user asks
 * (a search alone asks nothing, so no question is recorded), with a link to the assistant's own page.
 */
class AssistantPanel extends Aside {

    AssistantPanel(AssistantService assistant, String text) {
        addClassName("assistant-panel");
        setId("assistant-panel");
        H2 title = new H2(getTranslation("assistant.panel.title"));
        title.setId("assistant-panel-title");
        // A second complementary landmark beside the facets: named by its heading, so the two are told apart.
        getElement().setAttribute("aria-labelledby", "assistant-panel-title");
        add(title, new Paragraph(getTranslation("assistant.panel.intro")));
        AnswerSection answer = new AnswerSection(assistant, 3);
        Button ask = new Button(getTranslation("assistant.panel.ask", text));
        ask.setId("assistant-panel-ask");
        ask.addClickListener(click -> {
            ask.setVisible(false);
            answer.ask(text);
        });
        RouterLink page = new RouterLink(getTranslation("assistant.panel.open"), AskView.class);
        page.setQueryParameters(new QueryParameters(Map.of("q", List.of(text))));
        add(ask, answer, page);
        // Not shown without a text to ask about.
        setVisible(!text.isBlank());
    }
}
