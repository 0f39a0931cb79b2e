package se.hoglandet.platform.tool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.tool.ApprovalState;
import se.hoglandet.platform.tool.ToolApproval;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.ui.FormError;

/**
 * The tools of the register an initiative uses, each with the owner organisation's decision on it, and a warning
 * when that decision does not cover the initiative's class of data. The owner's project leads choose the tools.
 */
class InitiativeToolsPanel extends Div {

    InitiativeToolsPanel(
            ToolService tools,
            InitiativeService initiatives,
            Initiative initiative,
            boolean mayChoose,
            Runnable saved) {
        setId("initiative-tools");
        List<AiTool> catalogue = tools.catalogue();
        Map<Long, AiTool> byId = catalogue.stream().collect(Collectors.toMap(AiTool::id, t -> t));
        Map<Long, ToolApproval> decisions =
                tools.decisionsOf(initiative.ownerOrganisation().id(), initiative.toolIds());
        LocalDate today = tools.today();
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        UnorderedList list = new UnorderedList();
        initiative.toolIds().stream()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(AiTool::name))
                .forEach(tool -> {
                    ToolApproval decision = decisions.get(tool.id());
                    ApprovalState state = decision == null ? ApprovalState.NOT_DECIDED : decision.stateOn(today);
                    ListItem item = new ListItem(
                            new Anchor("tools/" + tool.id(), tool.name()),
                            new com.vaadin.flow.component.html.Span(" "),
                            ToolView.stateBadge(getTranslation("tool.state." + state.name()), state));
                    if (state == ApprovalState.APPROVED && decision.validUntil() != null) {
                        item.add(" " + getTranslation("tool.validUntil", date.format(decision.validUntil())));
                    }
                    if (state.allowsUse()
                            && initiative.dataClass() != null
                            && !decision.covers(initiative.dataClass(), today)) {
                        Paragraph warning = new Paragraph(getTranslation(
                                "tool.notForDataClass",
                                getTranslation("initiative.dataClass."
                                        + initiative.dataClass().name())));
                        warning.addClassName("warning-text");
                        item.add(warning);
                    }
                    list.add(item);
                });
        if (initiative.toolIds().isEmpty()) {
            add(new Paragraph(getTranslation("initiative.tools.none")));
        } else {
            add(
                    new Paragraph(getTranslation(
                            "initiative.tools.decisionsOf",
                            initiative.ownerOrganisation().name())),
                    list);
        }
        if (mayChoose) {
            MultiSelectComboBox<AiTool> choice = new MultiSelectComboBox<>(getTranslation("initiative.tools.choose"));
            choice.setItems(catalogue);
            choice.setItemLabelGenerator(AiTool::name);
            choice.setValue(initiative.toolIds().stream()
                    .map(byId::get)
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet()));
            choice.setId("choose-tools");
            choice.setWidth("min(36em, 100%)");
            FormError error = new FormError();
            Button save = new Button(getTranslation("initiative.tools.save"), click -> {
                if (error.attempt(() -> initiatives.chooseTools(
                        initiative.id(),
                        initiative.version(),
                        choice.getValue().stream().map(AiTool::id).collect(Collectors.toSet())))) {
                    saved.run();
                }
            });
            save.setId("save-tools");
            add(error, choice, save);
        }
        Anchor report =
                new Anchor("incidents/new?initiative=" + initiative.id(), getTranslation("incident.action.report"));
        report.setId("report-incident");
        add(new Paragraph(report));
    }
}
