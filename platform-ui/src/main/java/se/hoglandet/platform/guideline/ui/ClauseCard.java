package se.hoglandet.platform.guideline.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import java.util.stream.Collectors;
import se.hoglandet.platform.guideline.ControlStatus;
import se.hoglandet.platform.guideline.GuidelineClause;
import se.hoglandet.platform.guideline.GuidelineDetail;
import se.hoglandet.platform.guideline.LocalChanges;
import se.hoglandet.platform.shared.markdown.Markdown;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.i18n.LanguageSelection;

/**
 * One clause as its page shows it: its number and kind, a mark when it was changed or added locally, its topics, its
 * text (Markdown the core has made inert) and, when a platform control enforces it, whether the rule is followed in
 * the owning organisation now. The anchor is the clause's stable key, so links from the matrix land on it.
 */
class ClauseCard extends Article {

    ClauseCard(GuidelineDetail detail, GuidelineClause clause, String number) {
        addClassName("guideline-clause");
        setId(clause.key());
        H4 heading = new H4(getTranslation(
                "guideline.clause.heading", number, EnumLabel.of(this, "guideline.kind", clause.kind())));
        FlexLayout marks = new FlexLayout();
        marks.addClassName("badges");
        LocalChanges.Mark mark = detail.localChanges().marks().get(clause.key());
        if (mark != null) {
            marks.add(Badge.of(EnumLabel.of(this, "guideline.mark", mark), "badge contrast"));
            addClassName("guideline-clause-local");
        }
        add(heading, marks);
        String topics = clause.topics().isEmpty()
                ? ""
                : detail.topics().stream()
                        .filter(t -> clause.topics().contains(t.code()))
                        .map(t -> t.name(LanguageSelection.current()))
                        .collect(Collectors.joining(", "));
        if (!topics.isEmpty()) {
            Paragraph named = new Paragraph(getTranslation("guideline.clause.topics", topics));
            named.addClassName("guideline-clause-topics");
            add(named);
        }
        Div text = new Div(new Html("<div>" + Markdown.toSafeHtml(clause.text()) + "</div>"));
        text.addClassName("guideline-clause-text");
        add(text);
        if (clause.control() != null) {
            add(control(clause, detail.controls().get(clause.control())));
        }
    }

    /** "Följs: 2 av 3 initiativ i drift har en godkänd analys" — the verdict in words, never by colour alone. */
    private Paragraph control(GuidelineClause clause, ControlStatus status) {
        Paragraph line = new Paragraph();
        line.addClassName("guideline-control");
        line.setId("control-" + clause.key());
        String control = EnumLabel.of(this, "guideline.controlName", clause.control());
        if (status == null) {
            line.setText(getTranslation("guideline.control.unknown", control));
            return line;
        }
        Object[] figures = status.figures().stream()
                .map(f -> f instanceof LocalDate date ? Formats.date(date) : f)
                .toArray();
        String theme = switch (status.verdict()) {
            case FOLLOWED -> "badge success";
            case PARTLY -> "badge";
            case NOT_FOLLOWED -> "badge error";
            case NOT_MEASURED -> "badge contrast";
        };
        line.add(
                Badge.of(EnumLabel.of(this, "guideline.verdict", status.verdict()), theme),
                new Span(" " + control + ": "
                        + getTranslation(
                                "guideline.control." + status.control().name() + "." + status.variant(), figures)));
        return line;
    }
}
