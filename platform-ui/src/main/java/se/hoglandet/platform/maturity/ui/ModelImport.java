package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.hoglandet.platform.maturity.MaturityModel;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.form.Fields;

/**
 * A new version of a maturity model, uploaded as its JSON file: the file is read and checked at once and shown as a
 * preview (name, the version it becomes, its dimensions and questions); only "Importera" stores it. A file that is
 * no model is refused with the reason, and nothing is stored.
 */
class ModelImport extends Div implements PageParts {

    private static final int MOST_BYTES = 1_000_000;

    private final MaturityService maturity;
    private final List<MaturityModel> existing;
    private final Runnable imported;
    private final FormError error = new FormError();
    private final Div preview = new Div();
    private final Upload upload;

    ModelImport(MaturityService maturity, List<MaturityModel> existing, Runnable imported) {
        this.maturity = maturity;
        this.existing = existing;
        this.imported = imported;
        upload = new Upload(
                UploadHandler.inMemory((metadata, bytes) -> preview(new String(bytes, StandardCharsets.UTF_8))));
        upload.setAcceptedFileTypes("application/json", ".json");
        Fields.oneFileAtATime(upload);
        upload.setMaxFileSize(MOST_BYTES);
        upload.setI18n(Fields.uploadI18n(
                this, getTranslation("maturity.model.drop"), getTranslation("maturity.model.choose")));
        upload.addFileRejectedListener(rejected -> error.show(rejected.getErrorMessage()));
        upload.setId("model-upload");
        preview.setId("model-preview");
        addClassName("model-import");
        add(
                new H3(getTranslation("maturity.model.import")),
                new Paragraph(getTranslation("maturity.model.import.help")),
                error,
                upload,
                preview);
    }

    /** Reads the file as a model (strictly: a malformed one is refused whole) and shows what importing would do. */
    private void preview(String json) {
        preview.removeAll();
        ModelDefinition[] model = new ModelDefinition[1];
        if (!error.attempt(() -> model[0] = ModelDefinition.parse(json))) {
            upload.clearFileList();
            return;
        }
        ModelDefinition definition = model[0];
        int version = existing.stream()
                        .filter(m -> m.modelKey().equals(definition.key()))
                        .mapToInt(MaturityModel::modelVersion)
                        .max()
                        .orElse(0)
                + 1;
        DescriptionList facts = new DescriptionList();
        fact(facts, "maturity.model", definition.name());
        fact(facts, "maturity.model.key", definition.key());
        fact(
                facts,
                "maturity.version",
                getTranslation(version == 1 ? "maturity.model.firstVersion" : "maturity.model.nextVersion", version));
        fact(facts, "maturity.model.description", definition.description());
        UnorderedList dimensions = new UnorderedList();
        definition
                .dimensions()
                .forEach(d -> dimensions.add(new ListItem(getTranslation(
                        "maturity.model.dimension", d.name(), d.questions().size()))));
        Button store = new Button(getTranslation("maturity.model.importAction"), click -> store(json, definition));
        store.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        store.setId("import-model");
        Button discard = new Button(getTranslation("maturity.model.discard"), click -> clear());
        discard.setId("discard-model");
        preview.add(new H4(getTranslation("maturity.model.preview")), facts, dimensions, toolbar(discard, store));
    }

    private static FlexLayout toolbar(Button... buttons) {
        FlexLayout toolbar = new FlexLayout(buttons);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    private void store(String json, ModelDefinition definition) {
        MaturityModel[] saved = new MaturityModel[1];
        if (error.attempt(() -> saved[0] = maturity.importModel(json))) {
            Feedback.done(this, "maturity.modelImported", definition.name(), saved[0].modelVersion());
            clear();
            imported.run();
        }
    }

    private void clear() {
        preview.removeAll();
        error.clear();
        upload.clearFileList();
    }
}
