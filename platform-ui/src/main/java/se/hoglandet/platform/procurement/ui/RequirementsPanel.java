package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.hoglandet.platform.procurement.ClauseLibrary;
import se.hoglandet.platform.procurement.ProcurementDetail;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.procurement.Requirement;
import se.hoglandet.platform.ui.ActionButton;
import se.hoglandet.platform.ui.CommentThread;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * The shared requirements: who supports each, its comments; the lead and the participants support, propose (in a
 * dialog) and add clauses of the AI clause library; everyone who reads the procurement comments.
 */
class RequirementsPanel extends Div {

    private final ProcurementDetail detail;
    private final ProcurementService procurements;
    private final Runnable changed;

    /** @param organisationNames the names of the organisations, by id (who supports a requirement) */
    RequirementsPanel(
            ProcurementDetail detail,
            ProcurementService procurements,
            Map<Long, String> organisationNames,
            Runnable changed) {
        this.detail = detail;
        this.procurements = procurements;
        this.changed = changed;
        setId("requirements");
        if (detail.requirements().isEmpty()) {
            add(new Paragraph(getTranslation("requirement.none")));
        }
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < detail.requirements().size(); i++) {
            list.add(item(detail.requirements().get(i), i + 1, organisationNames));
        }
        add(list);
        if (detail.mayWriteRequirements()) {
            add(new H3(getTranslation("requirement.propose")), proposeButton(), clauseRow());
        }
    }

    private ListItem item(Requirement requirement, int number, Map<Long, String> names) {
        ListItem item = new ListItem();
        item.add(new Paragraph(getTranslation("requirement.numbered", number, requirement.text())));
        String supporters = requirement.supportedBy().stream()
                .map(id -> names.getOrDefault(id, ""))
                .sorted()
                .collect(Collectors.joining(", "));
        item.add(new Paragraph(getTranslation("requirement.supportedBy", supporters)));
        if (detail.mayWriteRequirements()) {
            boolean mine = detail.supportedByMyOrganisation().contains(requirement.id());
            ActionButton support = new ActionButton(
                            getTranslation(mine ? "requirement.unsupport" : "requirement.support"),
                            "support-requirement-" + requirement.id(),
                            () -> procurements.support(requirement.id(), !mine),
                            mine ? "requirement.unsupported" : "requirement.supported",
                            done -> changed.run())
                    .tertiary();
            support.setAriaLabel(
                    getTranslation(mine ? "requirement.unsupportNamed" : "requirement.supportNamed", number));
            item.add(support);
        }
        item.add(new CommentThread(
                "requirement-" + requirement.id(),
                getTranslation("requirement.named", number),
                detail.comments().getOrDefault(requirement.id(), List.of()).stream()
                        .map(c -> new CommentThread.Entry(c.authorName(), c.createdAt(), c.body()))
                        .toList(),
                body -> procurements.comment(requirement.id(), body),
                changed));
        return item;
    }

    private Button proposeButton() {
        Button propose = new Button(
                getTranslation("requirement.add"),
                click -> new RecordDialog<>(
                                getTranslation("requirement.propose"),
                                new RequirementForm(),
                                proposal -> procurements.addRequirement(
                                        detail.procurement().id(), proposal.text()),
                                "requirement.added",
                                added -> changed.run())
                        .withSaveId("add-requirement")
                        .open());
        propose.setId("propose-requirement");
        return propose;
    }

    /** A clause of the library, added in one step (once per procurement). */
    private Div clauseRow() {
        ComboBox<ClauseLibrary.Clause> clause = new ComboBox<>(getTranslation("requirement.clause"));
        clause.setItems(procurements.clauseLibrary());
        clause.setItemLabelGenerator(ClauseLibrary.Clause::title);
        clause.setHelperText(getTranslation("requirement.clause.help"));
        clause.setErrorMessage(getTranslation("requirement.error.chooseClause"));
        clause.setId("clause");
        clause.setWidth("min(32em, 100%)");
        FormError error = new FormError();
        Button add = new Button(getTranslation("requirement.addClause"), click -> {
            if (clause.getValue() == null) {
                clause.setInvalid(true);
            } else if (error.attempt(() -> procurements.addClause(
                    detail.procurement().id(), clause.getValue().key()))) {
                Feedback.done(this, "requirement.clauseAdded");
                changed.run();
            }
        });
        add.setId("add-clause");
        FlexLayout row = new FlexLayout(clause, add);
        row.setAlignItems(FlexLayout.Alignment.BASELINE);
        row.addClassName("toolbar");
        return new Div(error, row);
    }
}
