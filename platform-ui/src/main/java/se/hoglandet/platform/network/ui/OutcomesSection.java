package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import se.hoglandet.platform.academy.ui.CourseView;
import se.hoglandet.platform.initiative.ui.InitiativeView;
import se.hoglandet.platform.network.Outcome;
import se.hoglandet.platform.network.OutcomeRow;
import se.hoglandet.platform.procurement.ui.ProcurementView;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;

/**
 * What the network's talk has become: initiatives, procurements and course wishes (with the course that answered
 * one), each linking to its record and naming the day it was created.
 */
class OutcomesSection extends Composite<Div> {

    OutcomesSection(List<OutcomeRow> outcomes) {
        getContent().setId("network-outcomes");
        if (outcomes.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("network.outcomes.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (OutcomeRow row : outcomes) {
            Outcome outcome = row.outcome();
            ListItem item = new ListItem(
                    Badge.of(EnumLabel.of(this, "outcome.kind", outcome.kind()), "badge"),
                    new Span(" "),
                    link(row),
                    new Span(" – " + Formats.dateTime(outcome.createdAt())));
            list.add(item);
        }
        getContent().add(list);
    }

    private Component link(OutcomeRow row) {
        Outcome outcome = row.outcome();
        return switch (outcome.kind()) {
            case INITIATIVE ->
                new RouterLink(outcome.title(), InitiativeView.class, NetworksView.id(outcome.recordId()));
            case PROCUREMENT ->
                new RouterLink(outcome.title(), ProcurementView.class, NetworksView.id(outcome.recordId()));
            case COURSE_WISH ->
                row.courseId() == null
                        ? new Span(getTranslation("outcome.wishOpen", outcome.title()))
                        : new RouterLink(
                                getTranslation("outcome.wishAnswered", outcome.title(), row.courseTitle()),
                                CourseView.class,
                                NetworksView.id(row.courseId()));
        };
    }
}
