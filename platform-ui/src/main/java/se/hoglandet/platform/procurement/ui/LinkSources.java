package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import se.hoglandet.platform.assessment.AssessmentFilter;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.initiative.InitiativeFilter;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.ui.form.Choice;

/**
 * The choices for a procurement's links, from the services: initiatives and assessments the reader may read,
 * searched by title and paged in the query; the tools catalogue.
 */
final class LinkSources {

    private LinkSources() {}

    static ProcurementLinksField.Sources of(
            InitiativeService initiatives, ToolService tools, AssessmentService assessments) {
        return new ProcurementLinksField.Sources(
                query -> initiatives
                        .register(
                                InitiativeFilter.text(query.getFilter().orElse("")),
                                VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .map(i -> new Choice(i.id(), i.title()))
                        .stream(),
                tools.catalogue().stream()
                        .map(t -> new Choice(t.id(), t.name()))
                        .toList(),
                query -> assessments
                        .list(
                                new AssessmentFilter(
                                        null,
                                        null,
                                        null,
                                        null,
                                        query.getFilter().orElse("")),
                                VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .map(a -> new Choice(
                                a.id(), a.title() + " (" + a.ownerOrganisation().name() + ")"))
                        .stream());
    }
}
