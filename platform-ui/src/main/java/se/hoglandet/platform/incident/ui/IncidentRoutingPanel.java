package se.hoglandet.platform.incident.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.stream.Collectors;
import se.hoglandet.platform.incident.IncidentRouting;

/**
 * Who will be told, said before the report is sent: each person with why, the organisation's incident mailbox,
 * and, when that reaches nobody, a warning with the federation's incident mailbox ticked by default.
 */
class IncidentRoutingPanel extends Composite<Div> {

    private final Checkbox tellFederation = new Checkbox();

    IncidentRoutingPanel(IncidentRouting routing) {
        Div content = getContent();
        content.setId("incident-routing");
        content.addClassName("incident-routing");
        UnorderedList recipients = new UnorderedList();
        recipients.setId("incident-recipients");
        routing.people()
                .forEach(person -> recipients.add(new ListItem(getTranslation(
                        "incident.routing.person",
                        person.name(),
                        person.reasons().stream()
                                .map(reason -> getTranslation("incident.routing.reason." + reason))
                                .collect(Collectors.joining(", "))))));
        if (routing.mailbox() != null) {
            recipients.add(new ListItem(getTranslation("incident.routing.mailbox", routing.mailbox())));
        }
        if (routing.reachesNobody()) {
            Paragraph nobody = new Paragraph(getTranslation("incident.routing.nobody"));
            nobody.setId("incident-routing-nobody");
            nobody.addClassName("warning");
            content.add(nobody);
        } else {
            content.add(new Paragraph(getTranslation("incident.routing.intro")), recipients);
        }
        if (routing.federationMailbox() != null) {
            tellFederation.setLabel(getTranslation("incident.routing.federation", routing.federationMailbox()));
            tellFederation.setId("incident-tell-federation");
            tellFederation.setValue(routing.reachesNobody());
            content.add(tellFederation);
        }
    }

    /** Whether the reporter wants the federation's incident mailbox told too. */
    boolean tellFederation() {
        return tellFederation.getValue();
    }
}
