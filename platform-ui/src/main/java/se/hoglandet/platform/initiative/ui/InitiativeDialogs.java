package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import se.hoglandet.platform.initiative.EffectIndicator;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.Measurement;
import se.hoglandet.platform.initiative.Participation;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * The dialogs of an initiative's page, each a {@link RecordDialog} over a small form: the service refuses in the
 * user's language (a stale version too), a saved change is confirmed by name and the page re-renders.
 */
final class InitiativeDialogs {

    private final InitiativeService initiatives;
    private final Component page;
    private final Runnable saved;

    /**
     * @param page  the page the dialogs belong to (for translations)
     * @param saved what the page does after a change went through: re-read the initiative and render it
     */
    InitiativeDialogs(InitiativeService initiatives, Component page, Runnable saved) {
        this.initiatives = initiatives;
        this.page = page;
        this.saved = saved;
    }

    RecordDialog<StatusForm.Draft, Initiative> status(Initiative i) {
        StatusForm form = new StatusForm(i.status().next(), i.id(), initiatives.productionClearance(i.id()));
        form.edit(new StatusForm.Draft(null, null, Formats.today()));
        return open(new RecordDialog<>(
                        t("initiative.action.status"),
                        form,
                        draft -> initiatives.changeStatus(i.id(), i.version(), draft.target(), draft.decision()),
                        "initiative.status.saved",
                        changed()))
                .withSaveId("save-status");
    }

    RecordDialog<LevelForm.Draft, Initiative> level(Initiative i) {
        LevelForm form = new LevelForm();
        form.edit(new LevelForm.Draft(i.collaborationLevel(), ""));
        return open(new RecordDialog<>(
                        t("initiative.action.level"),
                        form,
                        draft -> initiatives.changeLevel(i.id(), i.version(), draft.level(), draft.reason()),
                        "initiative.level.saved",
                        changed()))
                .withSaveId("save-level");
    }

    RecordDialog<ParticipationForm.Draft, Participation> participation(Participation p) {
        ParticipationForm form = new ParticipationForm();
        form.edit(new ParticipationForm.Draft(p.role(), p.status(), p.note()));
        return open(new RecordDialog<>(
                        p.organisation().name(),
                        form,
                        draft -> initiatives.updateParticipation(
                                p.id(), p.version(), draft.role(), draft.status(), draft.note()),
                        "participation.saved",
                        changed()))
                .withSaveId("save-participation");
    }

    RecordDialog<EffectForm.Draft, EffectIndicator> effect(Initiative i) {
        EffectForm form = new EffectForm();
        form.edit(new EffectForm.Draft("", "", null, null));
        return open(new RecordDialog<>(
                        t("effect.add"),
                        form,
                        draft -> initiatives.addEffect(
                                i.id(), draft.name(), draft.unit(), draft.baseline(), draft.target()),
                        "effect.saved",
                        changed()))
                .withSaveId("save-effect");
    }

    RecordDialog<MeasurementForm.Draft, Measurement> measurement(EffectIndicator indicator) {
        MeasurementForm form = new MeasurementForm(indicator.unit());
        form.edit(new MeasurementForm.Draft(Formats.today(), null, null));
        return open(new RecordDialog<>(
                        t("effect.measure") + ": " + indicator.name(),
                        form,
                        draft -> initiatives.recordMeasurement(indicator.id(), draft.on(), draft.value(), draft.note()),
                        "measurement.saved",
                        changed()))
                .withSaveId("save-measurement");
    }

    /** Exactly what the public would see of the initiative: read-only, so a plain dialog. */
    Dialog preview(Initiative i) {
        Dialog dialog = new Dialog(
                new Paragraph(t("initiative.preview.help")),
                new PublicInitiativeCard(initiatives.publicPreview(i.id())));
        dialog.setHeaderTitle(t("initiative.action.preview"));
        dialog.setWidth("min(95vw, 900px)");
        Button close = new Button(t("action.close"), click -> dialog.close());
        close.setId("close-preview");
        dialog.getFooter().add(close);
        dialog.open();
        return dialog;
    }

    private <R> Consumer<R> changed() {
        return result -> saved.run();
    }

    private static <D, R> RecordDialog<D, R> open(RecordDialog<D, R> dialog) {
        dialog.open();
        return dialog;
    }

    private String t(String key) {
        return page.getTranslation(key);
    }
}
