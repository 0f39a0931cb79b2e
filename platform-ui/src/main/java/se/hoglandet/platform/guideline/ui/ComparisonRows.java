package se.hoglandet.platform.guideline.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.dom.Element;
import java.util.List;
import se.hoglandet.platform.guideline.GuidelineClause;
import se.hoglandet.platform.guideline.GuidelineComparison;
import se.hoglandet.platform.guideline.WordDiff;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.i18n.LanguageSelection;

/**
 * The rows of a comparison, side by side: the left guideline's words with those the right one lacks struck through
 * ({@code <del>}), the right one's with those it adds underlined ({@code <ins>}). Each change is also announced in
 * words to screen readers, and the row says whether the texts are the same, so colour is never the only sign.
 */
class ComparisonRows extends Div {

    ComparisonRows(GuidelineComparison comparison) {
        setId("comparison-rows");
        String leftName = comparison.left().ownerOrganisation().name();
        String rightName = comparison.right().ownerOrganisation().name();
        int index = 0;
        for (GuidelineComparison.Row row : comparison.rows()) {
            index++;
            Article article = new Article();
            article.addClassName("comparison-row");
            article.setId("comparison-row-" + index);
            if (!row.same()) {
                article.addClassName("comparison-differs");
            }
            FlexLayout columns = new FlexLayout(
                    side(leftName, row.left(), row.difference(), WordDiff.Change.REMOVED),
                    side(rightName, row.right(), row.difference(), WordDiff.Change.ADDED));
            columns.addClassName("comparison-columns");
            article.add(
                    new H3(heading(comparison, row)),
                    Badge.of(
                            getTranslation(row.same() ? "guideline.compare.same" : "guideline.compare.differs"),
                            row.same() ? "badge success" : "badge"),
                    columns);
            add(article);
        }
        if (comparison.rows().isEmpty()) {
            add(new Paragraph(getTranslation("guideline.compare.empty")));
        }
    }

    private String heading(GuidelineComparison comparison, GuidelineComparison.Row row) {
        if (comparison.alignment() == GuidelineComparison.Alignment.BY_TOPIC) {
            return comparison.topics().stream()
                    .filter(t -> t.code().equals(row.key()))
                    .findFirst()
                    .map(t -> t.name(LanguageSelection.current()))
                    .orElse(getTranslation("guideline.compare.noTopic"));
        }
        GuidelineClause clause =
                row.left().isEmpty() ? row.right().getFirst() : row.left().getFirst();
        return getTranslation(
                "guideline.compare.clauseHeading",
                clause.section().heading(),
                EnumLabel.of(this, "guideline.kind", clause.kind()));
    }

    /** One side's text: the words both share, and the words only this side has marked with {@code tag}. */
    private Div side(String name, List<GuidelineClause> clauses, List<WordDiff.Segment> diff, WordDiff.Change own) {
        Div side = new Div(new H4(name));
        side.addClassName("comparison-side");
        if (clauses.isEmpty()) {
            side.add(new Paragraph(getTranslation("guideline.compare.absent", name)));
            return side;
        }
        Paragraph text = new Paragraph();
        text.addClassName("comparison-text");
        for (WordDiff.Segment segment : diff) {
            if (segment.change() == WordDiff.Change.SAME) {
                text.getElement().appendChild(Element.createText(segment.text() + " "));
            } else if (segment.change() == own) {
                Element marked = new Element(own == WordDiff.Change.REMOVED ? "del" : "ins");
                Element said = new Element("span");
                said.getClassList().add("visually-hidden");
                said.setText(getTranslation(
                                own == WordDiff.Change.REMOVED
                                        ? "guideline.compare.removed"
                                        : "guideline.compare.added")
                        + " ");
                marked.appendChild(said, Element.createText(segment.text()));
                text.getElement().appendChild(marked, Element.createText(" "));
            }
        }
        side.add(text);
        return side;
    }
}
