package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import se.hoglandet.platform.assessment.AssessmentTemplate;

/**
 * A new assessment without a template: says that the template decides the questions, who signs off and whether
 * there is a risk register, and lists the templates to start from.
 */
class TemplateChooser extends Div {

    TemplateChooser(List<AssessmentTemplate> catalogue) {
        setId("template-chooser");
        add(new Paragraph(getTranslation("assessments.new.explain")));
        UnorderedList list = new UnorderedList();
        for (AssessmentTemplate template : catalogue) {
            RouterLink link = new RouterLink(template.name(), AssessmentEditView.class);
            link.setQueryParameters(QueryParameters.of(AssessmentEditView.TEMPLATE, template.templateKey()));
            link.setId("start-" + template.templateKey());
            ListItem item = new ListItem(link);
            String description = template.definition().description();
            if (description != null && !description.isBlank()) {
                item.add(new Paragraph(description));
            }
            list.add(item);
        }
        add(list);
    }
}
