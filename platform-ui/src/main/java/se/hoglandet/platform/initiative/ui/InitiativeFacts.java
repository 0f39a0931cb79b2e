package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import java.util.stream.Collectors;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.ProductionDecision;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;

/** All of an initiative's descriptive fields, internal ones included: the page is for those who may read it. */
class InitiativeFacts extends Div implements PageParts {

    InitiativeFacts(Initiative i) {
        DescriptionList facts = new DescriptionList();
        facts.setId("initiative-facts");
        fact(facts, "initiative.field.owner", i.ownerOrganisation().name());
        fact(facts, "initiative.field.purpose", i.purpose());
        fact(facts, "initiative.field.area", EnumLabel.of(this, "initiative.area", i.area()));
        fact(facts, "initiative.field.aiType", EnumLabel.of(this, "initiative.aiType", i.aiType()));
        fact(facts, "initiative.field.tools", i.tools());
        fact(facts, "initiative.field.supplier", i.supplier());
        fact(facts, "initiative.field.dataUsed", i.dataUsed());
        fact(facts, "initiative.field.dataClass", EnumLabel.of(this, "initiative.dataClass", i.dataClass()));
        fact(facts, "initiative.field.legalBasis", i.legalBasis());
        fact(facts, "initiative.field.humanOversight", i.humanOversight());
        fact(facts, "initiative.field.transparency", i.transparency());
        fact(facts, "initiative.field.aiActRole", EnumLabel.of(this, "initiative.aiActRole", i.aiActRole()));
        fact(facts, "initiative.field.riskGroup", EnumLabel.of(this, "initiative.riskGroup", i.riskGroup()));
        fact(facts, "initiative.field.startDate", Formats.date(i.startDate()));
        fact(facts, "initiative.field.endDate", Formats.date(i.endDate()));
        fact(facts, "initiative.field.budget", i.budget());
        fact(facts, "initiative.field.contactName", i.contactName());
        fact(facts, "initiative.field.contactEmail", i.contactEmail());
        fact(
                facts,
                "initiative.field.tags",
                String.join(", ", i.tags().stream().sorted().toList()));
        fact(facts, "initiative.field.links", i.links());
        fact(
                facts,
                "initiative.field.named",
                i.namedOrganisations().stream().map(Organisation::name).sorted().collect(Collectors.joining(", ")));
        ProductionDecision decision = i.productionDecision();
        if (decision != null) {
            fact(
                    facts,
                    "initiative.decision.summary",
                    getTranslation(
                            "initiative.decision.text",
                            decision.decidedBy(),
                            Formats.date(decision.decidedOn()),
                            decision.analysisReference()));
        }
        add(facts);
    }
}
