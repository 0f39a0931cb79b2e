package se.hoglandet.platform.tool.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Set;
import java.util.function.Consumer;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.tool.ApprovalDraft;
import se.hoglandet.platform.tool.ApprovalState;
import se.hoglandet.platform.tool.ToolApproval;
import se.hoglandet.platform.tool.ToolDetail;
import se.hoglandet.platform.tool.ToolDraft;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.RecordDialog;

/** The tool register's dialogs, each a {@link RecordDialog} over its form; opened, and returned for tests. */
final class ToolDialogs {

    private ToolDialogs() {}

    /** Registers a tool ({@code existing} null) or corrects the shared facts about one. */
    static RecordDialog<ToolDraft, AiTool> facts(
            Component page, ToolService tools, AiTool existing, Consumer<AiTool> saved) {
        ToolForm form = new ToolForm();
        form.edit(
                existing == null
                        ? new ToolDraft("", "", null, null, null)
                        : new ToolDraft(
                                existing.name(),
                                existing.vendor(),
                                existing.description(),
                                existing.hosting(),
                                existing.transferDetails()));
        RecordDialog<ToolDraft, AiTool> dialog = new RecordDialog<>(
                        page.getTranslation(existing == null ? "tool.action.create" : "tool.action.edit"),
                        form,
                        draft -> existing == null
                                ? tools.create(draft)
                                : tools.update(existing.id(), existing.version(), draft),
                        existing == null ? "tool.registered" : "tool.saved",
                        saved)
                .withSaveId("save-tool");
        dialog.open();
        return dialog;
    }

    /** The reader's organisation's decision on the tool, starting from the one it has taken, if any. */
    static RecordDialog<ApprovalDraft, ToolApproval> decision(
            Component page, ToolService tools, AssessmentService assessments, ToolDetail detail, Runnable saved) {
        DecisionForm form = new DecisionForm(
                query -> assessments
                        .approvedOfMyOrganisation(
                                query.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                assessments::findReadable);
        ToolDetail.Decision own = detail.own();
        form.edit(
                own == null
                        ? new ApprovalDraft(
                                true, Set.of(), null, Formats.today().plusYears(1), null)
                        : new ApprovalDraft(
                                own.state() != ApprovalState.NOT_APPROVED,
                                own.dataClasses(),
                                own.assessmentId(),
                                own.validUntil() == null ? Formats.today().plusYears(1) : own.validUntil(),
                                own.note()));
        RecordDialog<ApprovalDraft, ToolApproval> dialog = new RecordDialog<>(
                        page.getTranslation("tool.action.decide"),
                        form,
                        draft -> tools.decide(detail.tool().id(), own == null ? null : own.approvalVersion(), draft),
                        "tool.decided",
                        decided -> saved.run())
                .withSaveId("save-tool-decision");
        dialog.open();
        return dialog;
    }
}
