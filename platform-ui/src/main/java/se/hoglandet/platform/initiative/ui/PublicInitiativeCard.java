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
import se.hoglandet.platform.ui.PageParts;

/**
 * Exactly what the public sees of an initiative: used by the public page and by the editors' preview, so the
 * preview cannot differ from the real thing. Unpublished fields are simply absent.
 */
public class PublicInitiativeCard extends Div implements PageParts {

    /** As a preview inside a page (title as a level-two heading). */
    public PublicInitiativeCard(PublicInitiative initiative) {
        this(initiative, false);
    }

    /** {@code asPage}: the public page itself, where the title is the page's level-one heading. */
    public PublicInitiativeCard(PublicInitiative initiative, boolean asPage) {
        addClassName("public-initiative");
        add(
                asPage ? new com.vaadin.flow.component.html.H1(initiative.title()) : new H2(initiative.title()),
                new Paragraph(initiative.summary()));
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
        fact(
                facts,
                "initiative.field.startDate",
                initiative.startDate() == null ? null : initiative.startDate().toString());
        fact(
                facts,
                "initiative.field.endDate",
                initiative.endDate() == null ? null : initiative.endDate().toString());
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
        add(facts);
        if (initiative.links() != null && !initiative.links().isEmpty()) {
            Div links = new Div(new H3(getTranslation("initiative.field.links")));
            initiative.links().stream()
                    .filter(l -> l.startsWith("https://") || l.startsWith("http://"))
                    .forEach(l -> links.add(new Div(new Anchor(l, l))));
            add(links);
        }
        if (initiative.effects() != null) {
            for (PublicInitiative.PublicEffect effect : initiative.effects()) {
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
                                        effect.baseline().toPlainString(),
                                        effect.target().toPlainString())));
            }
        }
    }
}
