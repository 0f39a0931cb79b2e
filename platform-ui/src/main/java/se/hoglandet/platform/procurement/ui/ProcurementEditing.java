package se.hoglandet.platform.procurement.ui;

import java.util.List;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.procurement.ProcurementDetail;

/**
 * What changing a procurement's description needs besides the procurement: the organisations (to invite, and to
 * keep its participants) and where the links' choices come from.
 */
record ProcurementEditing(List<Organisation> organisations, ProcurementLinksField.Sources sources) {

    /** The form, filled with the procurement as it stands (its links named as the reader may read them). */
    ProcurementForm form(ProcurementDetail detail) {
        ProcurementForm form = new ProcurementForm(false, organisations, sources, detail.linkTitles());
        form.edit(detail.procurement().asDraft());
        return form;
    }
}
