package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import se.hoglandet.platform.initiative.EffectIndicator;
import se.hoglandet.platform.initiative.InitiativeDetail;
import se.hoglandet.platform.initiative.Measurement;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.visibility.EditScope;

/**
 * The initiative's effect indicators: baseline, target and latest value in words, a chart, and every measurement in
 * a list (the chart's figures for those who do not see it). Owner and participants measure; the owner adds
 * indicators.
 */
class EffectsPanel extends Div {

    /**
     * @param addIndicator opens the new-indicator dialog (offered to those who edit the whole initiative)
     * @param measure      opens the measurement dialog for one indicator (offered to owner and participants)
     */
    EffectsPanel(InitiativeDetail detail, Runnable addIndicator, Consumer<EffectIndicator> measure) {
        setId("effects");
        if (detail.effects().isEmpty()) {
            add(new Paragraph(getTranslation("effect.none")));
        }
        for (EffectIndicator indicator : detail.effects()) {
            add(indicator(indicator));
            if (detail.editScope() != EditScope.NONE) {
                Button record = new Button(getTranslation("effect.measure"), click -> measure.accept(indicator));
                record.setAriaLabel(getTranslation("effect.measure") + ": " + indicator.name());
                record.setId("measure-" + indicator.id());
                add(record);
            }
        }
        if (detail.editScope() == EditScope.WHOLE) {
            Button add = new Button(getTranslation("effect.add"), click -> addIndicator.run());
            add.setId("add-effect");
            add(add);
        }
    }

    private Div indicator(EffectIndicator indicator) {
        List<Measurement> measurements = indicator.measurements();
        Paragraph figures = new Paragraph(getTranslation(
                "effect.figures",
                Formats.number(indicator.baseline()),
                Formats.number(indicator.target()),
                indicator.latest().map(m -> Formats.number(m.value())).orElse("–")));
        EffectChart chart = new EffectChart(
                indicator.name(),
                indicator.baseline(),
                indicator.target(),
                measurements.stream().map(Measurement::measuredOn).toList(),
                measurements.stream().map(Measurement::value).toList(),
                getTranslation("effect.baseline"),
                getTranslation("effect.target"),
                getTranslation(
                        "effect.chart.aria",
                        indicator.name(),
                        Formats.number(indicator.baseline()),
                        Formats.number(indicator.target())));
        UnorderedList values = new UnorderedList(measurements.stream()
                .map(m -> new ListItem(Formats.date(m.measuredOn()) + ": " + Formats.number(m.value())
                        + (m.note() == null ? "" : " – " + m.note())))
                .toArray(ListItem[]::new));
        values.addClassName("effect-values");
        Div box = new Div(new H3(indicator.name() + " (" + indicator.unit() + ")"), figures, chart);
        if (measurements.isEmpty()) {
            box.add(new Paragraph(getTranslation("effect.measurements.none")));
        } else {
            box.add(values);
        }
        box.addClassName("effect");
        return box;
    }
}
