package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import se.hoglandet.platform.initiative.PublicInitiative;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;

/**
 * What the public sees of an initiative, as the editors' preview: the same published record
 * ({@link PublicInitiative}) the public site renders, so unpublished fields are simply absent.
 */
class PublicInitiativeCard extends Div implements PageParts {

    /** The editors' preview inside a dialog (title as a level-two heading). */
    PublicInitiativeCard(PublicInitiative initiative) {
        addClassName("public-initiative");
        add(new H2(initiative.title()), new Paragraph(initiative.summary()), facts(initiative));
        if (initiative.links() != null && !initiative.links().isEmpty()) {
            Div links = new Div(new H3(getTranslation("initiative.field.links")));
            initiative.links().stream()
                    .filter(l -> l.startsWith("https://") || l.startsWith("http://"))
                    .forEach(l -> links.add(new Div(new Anchor(l, l))));
            add(links);
        }
        if (initiative.effects() != null) {
            initiative.effects().forEach(this::effect);
        }
    }

    private DescriptionList facts(PublicInitiative initiative) {
        DescriptionList facts = new DescriptionList();
        fact(facts, "public.owner", initiative.owner().name());
        if (initiative.participants() != null && !initiative.participants().isEmpty()) {
            fact(
                    facts,
                    "public.participants",
                    initiative.participants().stream()
                            .map(PublicInitiative.PublicOrganisation::name)
                            .collect(Collectors.joining(", ")));
        }
        fact(facts, "initiative.field.purpose", initiative.purpose());
        fact(facts, "initiative.field.area", EnumLabel.of(this, "initiative.area", initiative.area()));
        fact(facts, "initiative.field.aiType", EnumLabel.of(this, "initiative.aiType", initiative.aiType()));
        fact(facts, "initiative.field.tools", initiative.tools());
        fact(facts, "initiative.field.supplier", initiative.supplier());
        fact(facts, "initiative.field.dataUsed", initiative.dataUsed());
        fact(facts, "initiative.field.dataClass", EnumLabel.of(this, "initiative.dataClass", initiative.dataClass()));
        fact(facts, "initiative.field.legalBasis", initiative.legalBasis());
        fact(facts, "initiative.field.humanOversight", initiative.humanOversight());
        fact(facts, "initiative.field.transparency", initiative.transparency());
        fact(facts, "initiative.field.aiActRole", EnumLabel.of(this, "initiative.aiActRole", initiative.aiActRole()));
        fact(facts, "initiative.field.riskGroup", EnumLabel.of(this, "initiative.riskGroup", initiative.riskGroup()));
        fact(facts, "initiative.field.startDate", Formats.date(initiative.startDate()));
        fact(facts, "initiative.field.endDate", Formats.date(initiative.endDate()));
        fact(facts, "initiative.field.status", EnumLabel.of(this, "initiative.status", initiative.status()));
        if (initiative.collaborationLevel() != null) {
            fact(
                    facts,
                    "initiative.field.level",
                    getTranslation(
                            "initiative.level.short",
                            initiative.collaborationLevel(),
                            getTranslation("initiative.level." + initiative.collaborationLevel())));
        }
        fact(facts, "initiative.field.contactEmail", initiative.contactEmail());
        return facts;
    }

    private void effect(PublicInitiative.PublicEffect effect) {
        add(
                new H3(effect.name() + " (" + effect.unit() + ")"),
                new EffectChart(
                        effect.name(),
                        effect.baseline(),
                        effect.target(),
                        effect.measurements().stream()
                                .map(PublicInitiative.PublicMeasurement::measuredOn)
                                .toList(),
                        effect.measurements().stream()
                                .map(PublicInitiative.PublicMeasurement::value)
                                .toList(),
                        getTranslation("effect.baseline"),
                        getTranslation("effect.target"),
                        getTranslation(
                                "effect.chart.aria",
                                effect.name(),
                                Formats.number(effect.baseline()),
                                Formats.number(effect.target()))));
    }
}
