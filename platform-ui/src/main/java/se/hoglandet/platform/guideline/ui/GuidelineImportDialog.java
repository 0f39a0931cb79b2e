package se.hoglandet.platform.guideline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.GuidelineExchangeService;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.form.Fields;

/**
 * A guideline in the open JSON format, imported as a new draft of the reader's organisation as soon as the file
 * arrives. The core checks the file whole: a refusal says why in the reader's language and nothing is saved.
 */
class GuidelineImportDialog extends Dialog {

    private static final int MAX_BYTES = 1_000_000;

    private final FormError error = new FormError();

    GuidelineImportDialog(GuidelineExchangeService exchange, Consumer<Guideline> imported) {
        setHeaderTitle(getTranslation("guideline.import.title"));
        setWidth("min(44em, 95vw)");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            Guideline[] saved = new Guideline[1];
            if (error.attempt(() -> saved[0] = exchange.importJson(bytes))) {
                close();
                Feedback.done(this, "guideline.imported");
                imported.accept(saved[0]);
            }
        }));
        upload.setId("guideline-import-upload");
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setMaxFileSize(MAX_BYTES);
        Fields.oneFileAtATime(upload);
        upload.setI18n(Fields.uploadI18n(
                this, getTranslation("guideline.import.drop"), getTranslation("guideline.import.choose")));
        upload.addFileRejectedListener(rejected -> error.show(
                getTranslation("attachment.error.rejected", rejected.getFileName(), rejected.getErrorMessage())));
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("guideline-import-cancel");
        add(new Paragraph(getTranslation("guideline.import.help")), error, upload);
        getFooter().add(cancel);
    }

    /** What the dialog said last (for tests). */
    FormError error() {
        return error;
    }
}
