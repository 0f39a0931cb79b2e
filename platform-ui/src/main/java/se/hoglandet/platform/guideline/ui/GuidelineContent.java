package se.hoglandet.platform.guideline.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.GuidelineClause;
import se.hoglandet.platform.guideline.GuidelineComment;
import se.hoglandet.platform.guideline.GuidelineContentService;
import se.hoglandet.platform.guideline.GuidelineDetail;
import se.hoglandet.platform.guideline.GuidelineSection;
import se.hoglandet.platform.guideline.GuidelineService;
import se.hoglandet.platform.ui.ActionButton;
import se.hoglandet.platform.ui.CommentThread;
import se.hoglandet.platform.ui.Formats;

/**
 * The sections and clauses of one version, numbered as the documents number them ("2.3"). Writers of a draft add,
 * change, move and remove; reviewers comment on each clause while the version is in review, and the comments stay
 * visible to the writers afterwards.
 */
class GuidelineContent extends Div {

    private final GuidelineService guidelines;
    private final GuidelineContentService content;
    private final GuidelineDetail detail;
    private final Runnable changed;

    GuidelineContent(
            GuidelineService guidelines, GuidelineContentService content, GuidelineDetail detail, Runnable changed) {
        this.guidelines = guidelines;
        this.content = content;
        this.detail = detail;
        this.changed = changed;
        setId("guideline-content");
        List<GuidelineSection> sections = detail.guideline().sections();
        if (sections.isEmpty()) {
            add(new Paragraph(getTranslation("guideline.empty")));
        }
        int s = 0;
        for (GuidelineSection section : sections) {
            s++;
            add(section(section, s));
        }
    }

    private Section section(GuidelineSection section, int s) {
        // The number and the heading as two texts: the heading is data, the same in every language.
        Section part = new Section(new H3(new Span(s + ". "), new Text(section.heading())));
        part.addClassName("guideline-section");
        part.setId(section.key());
        if (detail.mayEdit()) {
            part.add(sectionActions(section));
        }
        int c = 0;
        for (GuidelineClause clause : section.clauses()) {
            c++;
            String number = s + "." + c;
            ClauseCard card = new ClauseCard(detail, clause, number);
            if (detail.mayEdit()) {
                card.add(clauseActions(clause, number));
            }
            comments(card, clause, number);
            part.add(card);
        }
        return part;
    }

    private FlexLayout sectionActions(GuidelineSection section) {
        Guideline guideline = detail.guideline();
        Button add = new Button(
                getTranslation("guideline.action.addClause"),
                click -> GuidelineDialogs.clause(this, content, detail, section, null, saved -> changed.run()));
        add.setId("add-clause-" + section.key());
        add.setAriaLabel(getTranslation("guideline.action.addClauseTo", section.heading()));
        Button rename = new Button(
                getTranslation("guideline.action.renameSection"),
                click -> GuidelineDialogs.section(this, content, guideline, section, saved -> changed.run()));
        rename.setId("rename-section-" + section.key());
        rename.setAriaLabel(getTranslation("guideline.action.renameSectionNamed", section.heading()));
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout actions = new FlexLayout(add, rename);
        if (section.clauses().isEmpty()) {
            actions.add(new ActionButton(
                            getTranslation("guideline.action.removeSection"),
                            "remove-section-" + section.key(),
                            () -> content.removeSection(guideline.id(), guideline.version(), section.key()),
                            "guideline.sectionRemoved",
                            saved -> changed.run())
                    .tertiary());
        }
        actions.addClassName("toolbar");
        return actions;
    }

    private FlexLayout clauseActions(GuidelineClause clause, String number) {
        Guideline guideline = detail.guideline();
        Button edit = new Button(
                getTranslation("guideline.action.editClause"),
                click -> GuidelineDialogs.clause(
                        this, content, detail, clause.section(), clause, saved -> changed.run()));
        edit.setId("edit-clause-" + clause.key());
        edit.setAriaLabel(getTranslation("guideline.action.editClauseNumbered", number));
        ActionButton up = new ActionButton(
                        getTranslation("guideline.action.moveUp"),
                        "move-up-" + clause.key(),
                        () -> content.moveClause(guideline.id(), guideline.version(), clause.key(), true),
                        "guideline.clauseMoved",
                        saved -> changed.run())
                .tertiary();
        up.setAriaLabel(getTranslation("guideline.action.moveUpNumbered", number));
        ActionButton remove = new ActionButton(
                        getTranslation("guideline.action.removeClause"),
                        "remove-clause-" + clause.key(),
                        () -> content.removeClause(guideline.id(), guideline.version(), clause.key()),
                        "guideline.clauseRemoved",
                        saved -> changed.run())
                .tertiary();
        remove.setAriaLabel(getTranslation("guideline.action.removeClauseNumbered", number));
        FlexLayout actions = new FlexLayout(edit, up, remove);
        actions.addClassName("toolbar");
        return actions;
    }

    /** Reviewers write on each clause in review; everyone who reads the page sees what was written. */
    private void comments(ClauseCard card, GuidelineClause clause, String number) {
        List<GuidelineComment> written = detail.commentsOn(clause.key());
        String about = getTranslation("guideline.clause.about", number);
        if (detail.mayComment()) {
            card.add(new CommentThread(
                    clause.key(),
                    about,
                    written.stream()
                            .map(c -> new CommentThread.Entry(c.authorName(), c.createdAt(), c.body()))
                            .toList(),
                    body -> guidelines.comment(detail.guideline().id(), clause.key(), body),
                    changed));
        } else if (!written.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("comment-thread");
            written.forEach(c -> list.add(new ListItem(
                    getTranslation("comment.meta", c.authorName(), Formats.dateTime(c.createdAt())) + " " + c.body())));
            card.add(new Paragraph(getTranslation("comment.heading", about)), list);
        }
    }
}
