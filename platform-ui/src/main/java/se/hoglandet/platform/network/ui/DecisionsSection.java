package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import se.hoglandet.platform.network.Decision;
import se.hoglandet.platform.network.MeetingDetail;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * The meeting's decisions; recording one for those who run the network, and turning one into an initiative,
 * procurement or course wish for coordinators (the network page then lists it as an outcome).
 */
class DecisionsSection extends Composite<Div> {

    DecisionsSection(MeetingDetail detail, NetworkServices services, Runnable changed) {
        if (detail.decisions().isEmpty()) {
            getContent().add(new Paragraph(getTranslation("meeting.decisions.empty")));
        }
        UnorderedList list = new UnorderedList();
        list.setId("meeting-decisions");
        for (Decision decision : detail.decisions()) {
            ListItem item =
                    new ListItem(new Span(decision.text()), new Span(" (" + Formats.date(decision.decidedOn()) + ") "));
            if (detail.mayPromote() && !detail.promotableKinds().isEmpty()) {
                Button promote = new Button(
                        getTranslation("promotion.action"),
                        click -> new RecordDialog<>(
                                        getTranslation("promotion.title"),
                                        new PromotionForm(detail.promotableKinds(), decision.text()),
                                        draft -> services.promotions().promoteDecision(decision.id(), draft),
                                        "promotion.saved",
                                        saved -> NetworksView.openNetwork(
                                                detail.network().id()))
                                .withSaveId("save-promotion")
                                .open());
                promote.setId("promote-decision-" + decision.id());
                promote.setAriaLabel(getTranslation("promotion.actionFor", decision.text()));
                item.add(promote);
            }
            list.add(item);
        }
        getContent().add(list);
        if (detail.mayManage()) {
            Button decide = new Button(
                    getTranslation("decision.add"),
                    click -> new RecordDialog<>(
                                    getTranslation("decision.add"),
                                    new DecisionForm(detail.agenda()),
                                    draft -> services.meetings()
                                            .decide(detail.meeting().id(), draft),
                                    "decision.saved",
                                    saved -> changed.run())
                            .withSaveId("save-decision")
                            .open());
            decide.setId("add-decision");
            getContent().add(decide);
        }
    }
}
