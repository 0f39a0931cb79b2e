package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import se.hoglandet.platform.ui.form.NumberInput;
import se.hoglandet.platform.ui.form.RecordForm;

/** A new effect indicator: what is measured, in which unit, where it started and where it should go. */
class EffectForm extends RecordForm<EffectForm.Draft> {

    /** What the service's {@code addEffect} takes besides the initiative. */
    public record Draft(String name, String unit, BigDecimal baseline, BigDecimal target) {}

    EffectForm() {
        super(Draft.class);
        TextField name = new TextField(getTranslation("effect.name"));
        name.setId("effect-name");
        name.setMaxLength(200);
        TextField unit = new TextField(getTranslation("effect.unit"));
        unit.setId("effect-unit");
        unit.setMaxLength(40);
        NumberInput<BigDecimal> baseline = NumberInput.measure(getTranslation("effect.baseline"));
        baseline.setId("effect-baseline");
        NumberInput<BigDecimal> target = NumberInput.measure(getTranslation("effect.target"));
        target.setId("effect-target");
        binder.forField(name)
                .asRequired(getTranslation("effect.error.nameAndUnit"))
                .bind("name");
        binder.forField(unit)
                .asRequired(getTranslation("effect.error.nameAndUnit"))
                .bind("unit");
        binder.forField(baseline)
                .asRequired(getTranslation("effect.error.values"))
                .bind("baseline");
        binder.forField(target)
                .asRequired(getTranslation("effect.error.values"))
                .bind("target");
        getContent().add(name, unit, baseline, target);
    }
}
