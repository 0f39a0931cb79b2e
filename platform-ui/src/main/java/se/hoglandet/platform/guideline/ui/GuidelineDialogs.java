package se.hoglandet.platform.guideline.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;
import java.util.function.Consumer;
import se.hoglandet.platform.guideline.ClauseDraft;
import se.hoglandet.platform.guideline.ClauseKind;
import se.hoglandet.platform.guideline.DecisionDraft;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.GuidelineClause;
import se.hoglandet.platform.guideline.GuidelineContentService;
import se.hoglandet.platform.guideline.GuidelineDetail;
import se.hoglandet.platform.guideline.GuidelineDraft;
import se.hoglandet.platform.guideline.GuidelineSection;
import se.hoglandet.platform.guideline.GuidelineService;
import se.hoglandet.platform.guideline.SectionDraft;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * The guideline's dialogs, each a {@link RecordDialog} over its form, made against the version the page shows (a
 * stale one is refused by the core); opened, and returned for tests.
 */
final class GuidelineDialogs {

    private GuidelineDialogs() {}

    /** Starts the organisation's guideline. */
    static RecordDialog<GuidelineForm.Head, Guideline> create(
            Component page, GuidelineService guidelines, Consumer<Guideline> saved) {
        GuidelineForm form = new GuidelineForm();
        GuidelineDraft blank = GuidelineDraft.titled("");
        form.edit(GuidelineForm.head(blank));
        return open(new RecordDialog<>(
                        page.getTranslation("guideline.action.create"),
                        form,
                        head -> guidelines.create(GuidelineForm.draft(head, blank)),
                        "guideline.created",
                        saved)
                .withSaveId("save-guideline"));
    }

    /** Title, summary and readers of a draft. */
    static RecordDialog<GuidelineForm.Head, Guideline> head(
            Component page, GuidelineService guidelines, Guideline guideline, Consumer<Guideline> saved) {
        GuidelineForm form = new GuidelineForm();
        GuidelineDraft before = guideline.draft();
        form.edit(GuidelineForm.head(before));
        return open(new RecordDialog<>(
                        page.getTranslation("guideline.action.edit"),
                        form,
                        head -> guidelines.update(
                                guideline.id(), guideline.version(), GuidelineForm.draft(head, before)),
                        "guideline.saved",
                        saved)
                .withSaveId("save-guideline"));
    }

    /** A new section ({@code section} null) or a section's new heading. */
    static RecordDialog<SectionDraft, Guideline> section(
            Component page,
            GuidelineContentService content,
            Guideline guideline,
            GuidelineSection section,
            Consumer<Guideline> saved) {
        SectionForm form = new SectionForm();
        form.edit(new SectionDraft(section == null ? "" : section.heading()));
        return open(new RecordDialog<SectionDraft, Guideline>(
                        page.getTranslation(
                                section == null ? "guideline.action.addSection" : "guideline.action.renameSection"),
                        form,
                        draft -> section == null
                                ? content.addSection(guideline.id(), guideline.version(), draft)
                                : content.renameSection(guideline.id(), guideline.version(), section.key(), draft),
                        "guideline.sectionSaved",
                        saved)
                .withSaveId("save-section"));
    }

    /** A new clause in {@code section} ({@code clause} null) or a change of one. */
    static RecordDialog<ClauseDraft, Guideline> clause(
            Component page,
            GuidelineContentService content,
            GuidelineDetail detail,
            GuidelineSection section,
            GuidelineClause clause,
            Consumer<Guideline> saved) {
        Guideline guideline = detail.guideline();
        ClauseForm form = new ClauseForm(guideline.sections(), detail.topics());
        form.edit(
                clause == null
                        ? new ClauseDraft(section.key(), ClauseKind.RULE, Set.of(), null, "")
                        : new ClauseDraft(
                                clause.section().key(),
                                clause.kind(),
                                clause.topics(),
                                clause.control(),
                                clause.text()));
        return open(new RecordDialog<ClauseDraft, Guideline>(
                        page.getTranslation(
                                clause == null ? "guideline.action.addClause" : "guideline.action.editClause"),
                        form,
                        draft -> clause == null
                                ? content.addClause(guideline.id(), guideline.version(), draft)
                                : content.updateClause(guideline.id(), guideline.version(), clause.key(), draft),
                        "guideline.clauseSaved",
                        saved)
                .withSaveId("save-clause"));
    }

    /** The decision on a version in review. */
    static RecordDialog<DecisionDraft, Guideline> decision(
            Component page, GuidelineService guidelines, Guideline guideline, Consumer<Guideline> saved) {
        DecisionForm form = new DecisionForm();
        form.edit(new DecisionDraft("", Formats.today(), "", null));
        return open(new RecordDialog<>(
                        page.getTranslation("guideline.action.decide"),
                        form,
                        draft -> guidelines.decide(guideline.id(), guideline.version(), draft),
                        "guideline.decided",
                        saved)
                .withSaveId("save-decision"));
    }

    private static <D> RecordDialog<D, Guideline> open(RecordDialog<D, Guideline> dialog) {
        dialog.open();
        return dialog;
    }
}
