package se.hoglandet.platform.tool.ui;

import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;
import se.hoglandet.platform.initiative.InitiativeDetail;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.ui.RecordSection;
import se.hoglandet.platform.visibility.EditScope;

/** The tool register's section on an initiative page: the tools it uses and the owner's decisions on them. */
@org.springframework.stereotype.Component
@Order(1)
class InitiativeToolsSection implements RecordSection<InitiativeDetail> {

    private final ToolService tools;
    private final InitiativeService initiatives;

    InitiativeToolsSection(ToolService tools, InitiativeService initiatives) {
        this.tools = tools;
        this.initiatives = initiatives;
    }

    @Override
    public String titleKey() {
        return "initiative.section.tools";
    }

    @Override
    public Component render(InitiativeDetail detail, Runnable changed) {
        return new InitiativeToolsPanel(
                tools, initiatives, detail.initiative(), detail.editScope() == EditScope.WHOLE, changed);
    }
}
