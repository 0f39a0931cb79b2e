package se.hoglandet.platform.tool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.tool.ApprovalState;
import se.hoglandet.platform.tool.ToolApproval;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * The tools of the register an initiative uses, each with the owner organisation's decision on it, and a warning
 * when that decision does not cover the initiative's class of data. The owner's project leads choose the tools in
 * a dialog.
 */
class InitiativeToolsPanel extends Div {

    /**
     * @param mayChoose whether the reader may choose the tools (the initiative's edit scope says so)
     * @param saved     re-renders the page after the tools were chosen
     */
    InitiativeToolsPanel(
            ToolService tools,
            InitiativeService initiatives,
            Initiative initiative,
            boolean mayChoose,
            Runnable saved) {
        setId("initiative-tools");
        List<AiTool> catalogue = tools.catalogue();
        Map<Long, AiTool> byId = catalogue.stream().collect(Collectors.toMap(AiTool::id, Function.identity()));
        List<AiTool> used = initiative.toolIds().stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(AiTool::name))
                .toList();
        if (used.isEmpty()) {
            add(new Paragraph(getTranslation("initiative.tools.none")));
        } else {
            Map<Long, ToolApproval> decisions =
                    tools.decisionsOf(initiative.ownerOrganisation().id(), initiative.toolIds());
            UnorderedList list = new UnorderedList();
            LocalDate today = tools.today();
            used.forEach(tool -> list.add(item(tool, decisions.get(tool.id()), initiative, today)));
            add(
                    new Paragraph(getTranslation(
                            "initiative.tools.decisionsOf",
                            initiative.ownerOrganisation().name())),
                    list);
        }
        if (mayChoose) {
            Button choose = new Button(
                    getTranslation("initiative.tools.chooseAction"),
                    click -> choose(initiatives, initiative, catalogue, saved));
            choose.setId("choose-tools");
            add(choose);
        }
        // Incidents build on the tool register, not the other way round: their form is reached by its address.
        Anchor report =
                new Anchor("incidents/new?initiative=" + initiative.id(), getTranslation("incident.action.report"));
        report.setId("report-incident");
        add(new Paragraph(report));
    }

    private ListItem item(AiTool tool, ToolApproval decision, Initiative initiative, LocalDate today) {
        ApprovalState state = decision == null ? ApprovalState.NOT_DECIDED : decision.stateOn(today);
        ListItem item = new ListItem(
                new RouterLink(tool.name(), ToolView.class, new RouteParameters("id", String.valueOf(tool.id()))),
                new Span(" "),
                ToolBadges.state(this, state));
        if (state == ApprovalState.APPROVED && decision.validUntil() != null) {
            item.add(" " + getTranslation("tool.validUntil", Formats.date(decision.validUntil())));
        }
        if (state.allowsUse() && initiative.dataClass() != null && !decision.covers(initiative.dataClass(), today)) {
            Paragraph warning = new Paragraph(getTranslation(
                    "tool.notForDataClass", EnumLabel.of(this, "initiative.dataClass", initiative.dataClass())));
            warning.addClassName("warning-text");
            item.add(warning);
        }
        return item;
    }

    private void choose(InitiativeService initiatives, Initiative initiative, List<AiTool> catalogue, Runnable saved) {
        ToolChoiceForm form = new ToolChoiceForm(catalogue);
        form.edit(new ToolChoiceForm.Draft(initiative.toolIds()));
        new RecordDialog<>(
                        getTranslation("initiative.tools.chooseAction"),
                        form,
                        draft -> initiatives.chooseTools(initiative.id(), initiative.version(), draft.toolIds()),
                        "initiative.tools.saved",
                        chosen -> saved.run())
                .withSaveId("save-tools")
                .open();
    }
}
