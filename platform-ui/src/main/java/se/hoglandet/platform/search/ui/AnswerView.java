package se.hoglandet.platform.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.regex.Matcher;
import se.hoglandet.platform.search.assistant.Answer;
import se.hoglandet.platform.search.assistant.Citations;

/**
 * One answer of the assistant: "no basis", or the sources quoted with the question's words marked, or a generated
 * text labelled as AI-generated whose [n] citations link to the records, followed by its sources. A note says why
 * quotes came instead of a generated answer.
 */
class AnswerView extends Div {

    AnswerView(Answer answer, int headingLevel) {
        addClassName("assistant-answer");
        setId("assistant-answer");
        if (answer.kind() == Answer.Kind.NO_BASIS) {
            Paragraph none = new Paragraph(getTranslation("assistant.noBasis"));
            none.setId("assistant-no-basis");
            none.addClassName("assistant-no-basis");
            add(none, new Paragraph(getTranslation("assistant.noBasis.help")));
            return;
        }
        if (answer.note() != null) {
            Paragraph note = new Paragraph(
                    getTranslation("assistant.note." + answer.note().name()));
            note.setId("assistant-note");
            note.addClassName("assistant-note");
            add(note);
        }
        if (answer.aiGenerated()) {
            Span label = new Span(getTranslation("assistant.aiGenerated"));
            label.getElement().getThemeList().add("badge contrast");
            label.setId("assistant-ai-generated");
            add(label, new Html("<p class=\"assistant-generated\">" + linked(answer) + "</p>"));
        }
        add(heading(headingLevel, getTranslation(answer.aiGenerated() ? "assistant.sources" : "assistant.quotes")));
        for (Answer.Source source : answer.sources()) {
            add(source(source, headingLevel + 1));
        }
    }

    private Article source(Answer.Source source, int level) {
        Article article = new Article();
        article.addClassName("assistant-source");
        article.setId("assistant-source-" + source.number());
        Anchor title =
                new Anchor(source.link(), getTranslation("assistant.source.heading", source.number(), source.title()));
        Span type = new Span(getTranslation("search.type." + source.type()));
        type.getElement().getThemeList().add("badge contrast small");
        Div heading = new Div(level == 3 ? new H3(title) : new H4(title), type);
        heading.addClassName("assistant-source-heading");
        article.add(heading);
        for (Answer.Quote quote : source.quotes()) {
            // The service escapes the record's text and adds only <mark>: no other markup can get through.
            article.add(new Html("<blockquote class=\"assistant-quote\">" + quote.html() + "</blockquote>"));
        }
        return article;
    }

    /** The generated text escaped, line breaks kept, each [n] a link to the record of source n. */
    private static String linked(Answer answer) {
        List<Answer.Source> sources = answer.sources();
        String text = answer.generated();
        StringBuilder html = new StringBuilder();
        Matcher marker = Citations.markers(text);
        int at = 0;
        while (marker.find()) {
            html.append(escape(text.substring(at, marker.start())));
            StringBuilder links = new StringBuilder("[");
            String[] numbers = marker.group(1).split(",");
            for (int i = 0; i < numbers.length; i++) {
                int n = Integer.parseInt(numbers[i].strip());
                Answer.Source source = sources.get(n - 1);
                links.append(i == 0 ? "" : ", ")
                        .append("<a href=\"")
                        .append(escape(source.link()))
                        .append("\" title=\"")
                        .append(escape(source.title()))
                        .append("\">")
                        .append(n)
                        .append("</a>");
            }
            html.append(links).append(']');
            at = marker.end();
        }
        html.append(escape(text.substring(at)));
        return html.toString().replace("\n", "<br>");
    }

    private static com.vaadin.flow.component.Component heading(int level, String text) {
        return level == 2 ? new com.vaadin.flow.component.html.H2(text) : new H3(text);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
