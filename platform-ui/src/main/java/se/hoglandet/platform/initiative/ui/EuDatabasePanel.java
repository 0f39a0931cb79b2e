package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.hoglandet.platform.initiative.EuDatabaseFields;
import se.hoglandet.platform.initiative.EuDatabaseService;
import se.hoglandet.platform.ui.PageParts;

/**
 * The EU database entry of a high-risk initiative (AI Act Annex VIII section C): filled in by the owner's staff,
 * published on the public page only when they tick the box. Read-only for everyone else.
 */
class EuDatabasePanel extends Div implements PageParts {

    private final EuDatabaseService service;
    private final Long initiativeId;
    private final TextArea deployer = area("initiative.euDatabase.deployer", 1000);
    private final TextArea submitter = area("initiative.euDatabase.submitter", 1000);
    private final TextField providerEntry = new TextField(getTranslation("initiative.euDatabase.providerEntry"));
    private final TextArea fundamentalRights = area("initiative.euDatabase.fundamentalRights", 4000);
    private final TextArea dataProtection = area("initiative.euDatabase.dataProtection", 4000);
    private final Checkbox published = new Checkbox(getTranslation("initiative.euDatabase.published"));
    private Long version;

    EuDatabasePanel(EuDatabaseService service, Long initiativeId) {
        this.service = service;
        this.initiativeId = initiativeId;
        setId("eu-database");
        providerEntry.setMaxLength(500);
        providerEntry.setId("eu-provider-entry");
        published.setId("eu-published");
        FormLayout form =
                new FormLayout(deployer, submitter, providerEntry, fundamentalRights, dataProtection, published);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("initiative.euDatabase.help")), form);
        EuDatabaseService.Entry entry = service.entry(initiativeId);
        show(entry);
        if (entry.mayEdit()) {
            Button save = new Button(getTranslation("initiative.euDatabase.save"), click -> save());
            save.setId("eu-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        } else {
            form.getChildren().forEach(field -> field.getElement().setProperty("readonly", true));
            published.setReadOnly(true);
        }
    }

    private void save() {
        EuDatabaseFields fields = new EuDatabaseFields(
                deployer.getValue(),
                submitter.getValue(),
                providerEntry.getValue(),
                fundamentalRights.getValue(),
                dataProtection.getValue(),
                published.getValue());
        if (attempt(() -> show(service.save(initiativeId, version, fields)))) {
            confirmSaved();
        }
    }

    private void show(EuDatabaseService.Entry entry) {
        EuDatabaseFields f = entry.fields();
        deployer.setValue(orEmpty(f.deployer()));
        submitter.setValue(orEmpty(f.submitter()));
        providerEntry.setValue(orEmpty(f.providerEntry()));
        fundamentalRights.setValue(orEmpty(f.fundamentalRightsSummary()));
        dataProtection.setValue(orEmpty(f.dataProtectionSummary()));
        published.setValue(f.published());
        version = entry.version();
    }

    private TextArea area(String key, int maxLength) {
        TextArea area = new TextArea(getTranslation(key));
        area.setMaxLength(maxLength);
        area.setId(key.substring(key.lastIndexOf('.') + 1));
        return area;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
