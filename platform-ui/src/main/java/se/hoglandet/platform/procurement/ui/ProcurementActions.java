package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.procurement.PhaseStep;
import se.hoglandet.platform.procurement.Procurement;
import se.hoglandet.platform.procurement.ProcurementDetail;
import se.hoglandet.platform.procurement.ProcurementPhase;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.ui.ActionButton;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.HistoryDialog;
import se.hoglandet.platform.ui.form.ChoiceForm;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * What the reader may do with a joint procurement, as the service's detail says: the lead buyer moves it on,
 * changes its description, plans the timeline and invites (before the tender); other organisations' procurement
 * staff join; everyone reads the history.
 */
class ProcurementActions extends FlexLayout {

    private final ProcurementDetail detail;
    private final ProcurementService procurements;
    private final Runnable changed;

    ProcurementActions(
            ProcurementDetail detail,
            ProcurementService procurements,
            ProcurementEditing editing,
            AuditService audit,
            Runnable changed) {
        this.detail = detail;
        this.procurements = procurements;
        this.changed = changed;
        addClassName("toolbar");
        Procurement p = detail.procurement();
        if (detail.mayLead()) {
            addLeadActions(p, editing);
        }
        if (detail.mayJoin()) {
            add(new ActionButton(
                            getTranslation("procurement.action.join"),
                            "join-procurement",
                            () -> procurements.join(p.id()),
                            "procurement.joined",
                            joined -> changed.run())
                    .primary());
        }
        Button history = new Button(
                getTranslation("organisations.history"),
                click -> new HistoryDialog(audit, "procurement", p.id(), p.title()).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(history);
    }

    private void addLeadActions(Procurement p, ProcurementEditing editing) {
        if (p.phase().next() != null) {
            add(new ActionButton(
                            getTranslation(
                                    "procurement.action.advance",
                                    EnumLabel.of(
                                            this, "procurement.phase", p.phase().next())),
                            "advance-phase",
                            () -> procurements.advance(p.id(), p.version()),
                            "procurement.advanced",
                            advanced -> changed.run())
                    .primary());
        }
        add(dialogButton(
                "edit-procurement",
                "procurement.action.edit",
                () -> new RecordDialog<>(
                                getTranslation("procurement.action.edit"),
                                editing.form(detail),
                                draft -> procurements.update(p.id(), p.version(), draft),
                                "procurement.saved",
                                saved -> changed.run())
                        .withSaveId("save-procurement-edit")));
        add(dialogButton(
                "plan-procurement",
                "procurement.action.plan",
                () -> new RecordDialog<>(
                                getTranslation("procurement.action.plan"),
                                planForm(),
                                plan -> procurements.plan(p.id(), p.version(), plan),
                                "procurement.plan.done",
                                planned -> changed.run())
                        .withSaveId("save-plan")));
        if (p.phase().isOpenForParticipants()) {
            add(dialogButton(
                    "invite-organisation",
                    "procurement.action.invite",
                    () -> new RecordDialog<>(
                                    getTranslation("procurement.action.invite"),
                                    inviteForm(invitable(editing.organisations())),
                                    organisation -> procurements.invite(p.id(), organisation.id()),
                                    "procurement.invited",
                                    invited -> changed.run())
                            .withSaveText(getTranslation("procurement.action.invite"))
                            .withSaveId("save-invitation")));
        }
    }

    private PhasePlanForm planForm() {
        PhasePlanForm form = new PhasePlanForm();
        Map<ProcurementPhase, LocalDate> plan = new EnumMap<>(ProcurementPhase.class);
        for (PhaseStep step : detail.phases()) {
            plan.put(step.phase(), step.plannedOn());
        }
        form.edit(plan);
        return form;
    }

    /** The lead invites one more organisation, among those not yet taking part. */
    private ChoiceForm<Organisation> inviteForm(List<Organisation> invitable) {
        ChoiceForm<Organisation> form = new ChoiceForm<>(
                getTranslation("procurement.field.organisation"),
                invitable,
                Organisation::name,
                getTranslation("procurement.error.organisation"));
        form.field().setId("invited-organisation");
        return form;
    }

    /** Organisations not yet in it, the lead excepted. */
    private List<Organisation> invitable(List<Organisation> organisations) {
        Set<Long> taken =
                detail.participants().stream().map(x -> x.organisation().id()).collect(Collectors.toSet());
        taken.add(detail.procurement().ownerOrganisation().id());
        return organisations.stream().filter(o -> !taken.contains(o.id())).toList();
    }

    private Button dialogButton(String id, String key, Supplier<RecordDialog<?, ?>> dialog) {
        Button button = new Button(getTranslation(key), click -> dialog.get().open());
        button.setId(id);
        return button;
    }
}
