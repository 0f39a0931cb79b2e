package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import se.hoglandet.platform.procurement.ProcurementPhase;
import se.hoglandet.platform.procurement.ProposedTimeline;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * The first plan of a new joint procurement, over the core's {@link ProposedTimeline}: choosing when the new
 * contract starts proposes the needs analysis and the tender by working back from it, never before today; both
 * can then be changed.
 */
class StartDatesForm extends RecordForm<ProposedTimeline> {

    StartDatesForm() {
        super(ProposedTimeline.class);
        DatePicker contractStart = Fields.datePicker(getTranslation("procurement.field.contractStart"));
        contractStart.setId("procurement-contract-start");
        DatePicker tender =
                Fields.datePicker(EnumLabel.of(this, "procurement.phase", ProcurementPhase.TENDER_PUBLISHED));
        tender.setId("procurement-tender-published");
        DatePicker needs = Fields.datePicker(EnumLabel.of(this, "procurement.phase", ProcurementPhase.NEEDS_ANALYSIS));
        needs.setId("procurement-needs-analysis");
        binder.forField(contractStart).bind("contractStart");
        binder.forField(tender).bind("tenderPublished");
        binder.forField(needs).bind("needsAnalysis");
        contractStart.addValueChangeListener(change -> {
            LocalDate start = change.getValue();
            if (start != null) {
                ProposedTimeline proposed = ProposedTimeline.before(start, Formats.today());
                tender.setValue(proposed.tenderPublished());
                needs.setValue(proposed.needsAnalysis());
            }
        });
        getContent().add(contractStart, tender, needs);
        twoColumns();
    }
}
