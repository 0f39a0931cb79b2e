package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.maturity.CycleDetail;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;

/** Federation staff (for any participating organisation) or an administrator (for their own) name a coordinator. */
class CoordinatorsSection extends Section {

    CoordinatorsSection(MaturityService maturity, CycleDetail detail, List<Organisation> organisations) {
        addClassName("initiative-section");
        setId("coordinators");
        Map<Long, String> names = new LinkedHashMap<>();
        organisations.stream()
                .filter(o -> detail.cycle().organisationIds().contains(o.id()))
                .filter(o -> detail.mayNameCoordinatorFor().contains(o.id()))
                .forEach(o -> names.put(o.id(), o.name()));
        CoordinatorForm form = new CoordinatorForm(names, maturity::coordinatorCandidates);
        FormError error = new FormError();
        form.explainWith(error::show);
        Button name = new Button(
                getTranslation("maturity.nameCoordinator"),
                click -> form.validDraft().ifPresent(choice -> {
                    if (error.attempt(() -> maturity.nameCoordinator(
                            detail.cycle().id(),
                            choice.organisationId(),
                            choice.person().id()))) {
                        Feedback.done(
                                this,
                                "maturity.coordinatorNamed",
                                choice.person().displayName(),
                                names.get(choice.organisationId()));
                        form.edit(new CoordinatorForm.Choice(null, null));
                    }
                }));
        name.setId("name-coordinator");
        add(
                new H2(getTranslation("maturity.coordinators")),
                new Paragraph(getTranslation("maturity.coordinators.help")),
                error,
                form,
                name);
    }
}
