package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import se.hoglandet.platform.assessment.AssessmentTemplate;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.ui.ActionButton;
import se.hoglandet.platform.ui.DownloadLink;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;

/**
 * The shared template catalogue: every published template can be downloaded as JSON or YAML, edited and brought
 * back. Lawyers, DPOs and security staff propose a template (pasted JSON or YAML); a platform administrator
 * publishes proposals or imports and publishes at once. A change is always a new version of the template.
 */
@Route("assessment-templates")
@Menu(title = "nav.assessmentTemplates", order = 26)
@RolesAllowed({"LAWYER", "DPO", "INFOSEC", "PLATFORM_ADMIN"})
public class AssessmentTemplatesView extends Main implements PortalView, PageParts {

    private final AssessmentTemplateService templates;
    private final boolean admin;
    private final Grid<AssessmentTemplate> catalogue = new Grid<>();
    private final Grid<AssessmentTemplate> proposals = new Grid<>();

    AssessmentTemplatesView(AssessmentTemplateService templates) {
        this.templates = templates;
        this.admin = templates.mayPublish();
        addClassName("page");
        add(new H2(getTranslation("templates.title")), new Paragraph(getTranslation("templates.intro")));

        catalogue
                .addColumn(AssessmentTemplate::name)
                .setHeader(getTranslation("templates.column.name"))
                .setFlexGrow(3);
        catalogue
                .addColumn(AssessmentTemplate::templateKey)
                .setHeader(getTranslation("templates.column.key"))
                .setAutoWidth(true);
        catalogue
                .addColumn(AssessmentTemplate::templateVersion)
                .setHeader(getTranslation("templates.column.version"))
                .setAutoWidth(true);
        catalogue
                .addComponentColumn(t -> new FlexLayout(
                        download(t, "json", () -> templates.exportJson(t.id())),
                        download(t, "yaml", () -> templates.exportYaml(t.id()))))
                .setHeader(getTranslation("templates.column.export"))
                .setAutoWidth(true);
        catalogue.setAllRowsVisible(true);
        catalogue.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        catalogue.setEmptyStateText(getTranslation("templates.noTemplates"));
        catalogue.setAriaLabel(getTranslation("templates.catalogue"));
        catalogue.setId("template-catalogue");
        add(section("templates.catalogue", catalogue));

        if (admin) {
            proposals
                    .addColumn(AssessmentTemplate::name)
                    .setHeader(getTranslation("templates.column.name"))
                    .setFlexGrow(3);
            proposals
                    .addColumn(t -> t.templateKey() + " v" + t.templateVersion())
                    .setHeader(getTranslation("templates.column.key"))
                    .setAutoWidth(true);
            proposals
                    .addColumn(AssessmentTemplate::proposedByName)
                    .setHeader(getTranslation("templates.column.proposedBy"))
                    .setAutoWidth(true);
            proposals
                    .addComponentColumn(t -> {
                        ActionButton publish = new ActionButton(
                                getTranslation("templates.publish"),
                                "publish-" + t.id(),
                                () -> templates.publish(t.id()),
                                "templates.published",
                                published -> refresh());
                        publish.setAriaLabel(getTranslation("templates.publishNamed", t.name()));
                        return publish;
                    })
                    .setHeader(getTranslation("templates.column.actions"))
                    .setAutoWidth(true);
            proposals.setAllRowsVisible(true);
            proposals.setAriaLabel(getTranslation("templates.proposals"));
            proposals.setEmptyStateText(getTranslation("templates.noProposals"));
            add(section("templates.proposals", proposals));
        }

        TextArea text = new TextArea(getTranslation("templates.text"));
        text.setId("template-text");
        text.setWidthFull();
        text.setMinHeight("16em");
        text.setHelperText(getTranslation("templates.text.help"));
        FormError error = new FormError();
        Button submit =
                new Button(getTranslation(admin ? "templates.importAndPublish" : "templates.propose"), click -> {
                    if (error.attempt(() -> {
                        if (admin) {
                            templates.importAndPublish(text.getValue());
                        } else {
                            templates.propose(text.getValue());
                        }
                    })) {
                        text.clear();
                        Feedback.done(this, admin ? "templates.published" : "templates.proposed");
                        refresh();
                    }
                });
        submit.setId("submit-template");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(section("templates.add", new com.vaadin.flow.component.orderedlayout.VerticalLayout(error, text, submit)));
        refresh();
    }

    private void refresh() {
        catalogue.setItems(templates.catalogue());
        if (admin) {
            proposals.setItems(templates.proposals());
        }
    }

    private Anchor download(AssessmentTemplate template, String format, SerializableSupplier<String> content) {
        Anchor link = DownloadLink.of(
                format.toUpperCase(java.util.Locale.ROOT),
                template.templateKey() + "-v" + template.templateVersion() + "." + format,
                "application/" + format,
                () -> content.get().getBytes(StandardCharsets.UTF_8));
        link.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "templates.download", template.name(), format.toUpperCase(java.util.Locale.ROOT)));
        link.addClassName("toolbar-link");
        return link;
    }

    @Override
    public String viewTitle() {
        return getTranslation("templates.title");
    }
}
