package se.hoglandet.platform.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.hoglandet.platform.incident.IncidentRouting;
import se.hoglandet.platform.ui.SignedInViewTest;

/** The incident form says who will be told before it is sent, and offers the federation when that is nobody. */
class IncidentRoutingTest extends SignedInViewTest {

    @Test
    void eksjoSeesItsSecurityOfficerAndMailboxBeforeSending() {
        signIn("eksjo.project-lead");
        navigate("incidents/new", IncidentReportView.class);

        List<String> recipients =
                $(ListItem.class).from($(UnorderedList.class).id("incident-recipients")).all().stream()
                        .map(ListItem::getText)
                        .toList();
        assertThat(recipients).contains("Sara Lindqvist (informationssäkerhet)", "Johan Ek (dataskyddsombud)");
        assertThat(recipients).anyMatch(text -> text.startsWith("Organisationens incidentbrevlåda: "));
        assertThat($(Paragraph.class).withId("incident-routing-nobody").exists())
                .isFalse();
        assertThat($(Checkbox.class).id("incident-tell-federation").getValue()).isFalse();
    }

    @Test
    void nobodyToTellIsSaidAndTheFederationIsTickedByDefault() {
        signIn("eksjo.project-lead");
        IncidentRoutingPanel panel =
                new IncidentRoutingPanel(new IncidentRouting(List.of(), null, "incident@hoglandsforbundet.example"));
        UI.getCurrent().add(panel);

        assertThat($(Paragraph.class).id("incident-routing-nobody").getText())
                .startsWith("Ingen i din organisation skulle få besked.");
        Checkbox federation = $(Checkbox.class).id("incident-tell-federation");
        assertThat(federation.getLabel()).contains("incident@hoglandsforbundet.example");
        assertThat(panel.tellFederation()).isTrue();
        test(federation).click();
        assertThat(panel.tellFederation()).isFalse();
    }
}
