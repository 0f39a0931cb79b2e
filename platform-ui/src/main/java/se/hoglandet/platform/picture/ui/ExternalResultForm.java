package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.math.BigDecimal;
import java.util.List;
import se.hoglandet.platform.maturity.ExternalInstrument;
import se.hoglandet.platform.maturity.ExternalResultDraft;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.NumberInput;
import se.hoglandet.platform.ui.form.RecordForm;

/** One external maturity result: the instrument, the year, the instrument's dimension, the value and its scale. */
class ExternalResultForm extends RecordForm<ExternalResultForm.Entered> {

    /** The result as typed; the year is a whole number the form checks (the core's draft takes an int). */
    public record Entered(
            ExternalInstrument instrument, Integer year, String dimension, BigDecimal value, BigDecimal scaleMax) {

        ExternalResultDraft draftFor(Long organisationId) {
            return new ExternalResultDraft(organisationId, instrument, year, dimension, value, scaleMax);
        }
    }

    ExternalResultForm() {
        super(Entered.class);
        ComboBox<ExternalInstrument> instrument = new ComboBox<>(getTranslation("external.field.instrument"));
        instrument.setItems(ExternalInstrument.values());
        instrument.setItemLabelGenerator(i -> EnumLabel.of(this, "external.instrument", i));
        instrument.setId("external-instrument");
        NumberInput<Integer> year = NumberInput.whole(getTranslation("external.field.year"), 2000, 2100);
        year.setId("external-year");
        ComboBox<String> dimension = new ComboBox<>(getTranslation("external.field.dimension"));
        dimension.setItemLabelGenerator(d -> getTranslation("external.dimension." + d));
        dimension.setId("external-dimension");
        instrument.addValueChangeListener(chosen -> {
            dimension.setItems(
                    chosen.getValue() == null ? List.of() : chosen.getValue().dimensions());
            if (chosen.getValue() != null && chosen.getValue().dimensions().size() == 1) {
                dimension.setValue(chosen.getValue().dimensions().getFirst());
            }
        });
        NumberInput<BigDecimal> value = NumberInput.measure(getTranslation("external.field.value"));
        value.setId("external-value");
        NumberInput<BigDecimal> scale = NumberInput.measure(getTranslation("external.field.scale"));
        scale.setHelperText(getTranslation("external.field.scale.help"));
        scale.setId("external-scale");
        binder.forField(instrument)
                .asRequired(getTranslation("external.error.dimension"))
                .bind("instrument");
        binder.forField(year).asRequired(getTranslation("external.error.year")).bind("year");
        binder.forField(dimension)
                .asRequired(getTranslation("external.error.dimension"))
                .bind("dimension");
        binder.forField(value)
                .asRequired(getTranslation("external.error.value"))
                .bind("value");
        binder.forField(scale).bind("scaleMax");
        getContent().add(instrument, year, dimension, value, scale);
        oneColumn();
        edit(new Entered(null, Formats.today().getYear(), null, null, BigDecimal.TEN));
    }
}
