package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import se.hoglandet.platform.assessment.AssessmentDetail;
import se.hoglandet.platform.assessment.SignOff;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;

/** This review round's sign-offs (an expert of another organisation marked as such) and the roles still missing. */
class SignOffList extends Div {

    SignOffList(AssessmentDetail detail) {
        setId("sign-offs");
        UnorderedList list = new UnorderedList();
        Long owner = detail.assessment().ownerOrganisation().id();
        for (SignOff signOff : detail.signOffs()) {
            String text = getTranslation(
                    signOff.approved() ? "assessment.signOff.approved" : "assessment.signOff.rejected",
                    EnumLabel.of(this, "role", signOff.role()),
                    signOff.personName(),
                    Formats.date(signOff.signedAt().atZone(Formats.ZONE).toLocalDate()));
            boolean external = !signOff.organisationId().equals(owner);
            list.add(new ListItem(text
                    + (external ? " (" + getTranslation("assessment.signOff.external") + ")" : "")
                    + (signOff.reason() == null ? "" : ": " + signOff.reason())));
        }
        for (Role pending : detail.pendingSignOffs()) {
            list.add(new ListItem(getTranslation("assessment.signOff.pending", EnumLabel.of(this, "role", pending))));
        }
        add(list);
    }
}
