package se.hoglandet.platform.attachment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import se.hoglandet.platform.attachment.Attachment;
import se.hoglandet.platform.attachment.AttachmentFile;
import se.hoglandet.platform.attachment.AttachmentService;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.Formats;

/**
 * A record's attached files: download links for its readers; upload and remove for those the record's rules allow
 * (the service decides; this panel only hides what would be refused). Attachments are never public.
 */
public class AttachmentsPanel extends Div {
    private static final String ACCEPTED = ".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.txt,.csv";

    private final AttachmentService attachments;
    private final String recordType;
    private final long recordId;
    private final UnorderedList list = new UnorderedList();
    private final FormError error = new FormError();

    public AttachmentsPanel(AttachmentService attachments, String recordType, long recordId) {
        this.attachments = attachments;
        this.recordType = recordType;
        this.recordId = recordId;
        addClassName("attachments");
        setId("attachments");
        list.addClassName("attachment-list");
        add(list);
        boolean mayAttach = attachments.mayAttach(recordType, recordId);
        if (mayAttach) {
            add(upload(), error);
        }
        refresh(mayAttach);
    }

    private void refresh(boolean mayAttach) {
        list.removeAll();
        List<Attachment> files = attachments.list(recordType, recordId);
        if (files.isEmpty()) {
            list.add(new ListItem(getTranslation("attachments.none")));
        }
        for (Attachment file : files) {
            Anchor link = new Anchor(download(file.id()), file.fileName());
            link.addClassName("attachment-link");
            ListItem item = new ListItem(
                    link,
                    new Span(" · "
                            + getTranslation(
                                    "attachments.meta",
                                    size(file.sizeBytes()),
                                    file.uploadedByName(),
                                    Formats.date(file.uploadedAt()
                                            .atZone(Formats.ZONE)
                                            .toLocalDate()))));
            if (mayAttach) {
                Button remove =
                        new Button(VaadinIcon.TRASH.create(), click -> attempt(() -> attachments.remove(file.id())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("attachments.remove", file.fileName()));
                remove.setTooltipText(getTranslation("attachments.remove", file.fileName()));
                item.add(remove);
            }
            list.add(item);
        }
    }

    /** The bytes are read when the link is followed, by the service, with the reader's rights at that moment. */
    private DownloadHandler download(long attachmentId) {
        return DownloadHandler.fromInputStream(event -> {
            AttachmentFile file = attachments.download(attachmentId);
            return new DownloadResponse(
                    new ByteArrayInputStream(file.content()),
                    file.fileName(),
                    file.contentType(),
                    file.content().length);
        });
    }

    private Upload upload() {
        // Vaadin reads the whole file, then runs this with the UI locked, in the request of the signed-in user.
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                attempt(() -> attachments.attach(recordType, recordId, metadata.fileName(), bytes))));
        upload.setId("attachment-upload");
        upload.setMaxFileSize((int) AttachmentService.MAX_BYTES);
        upload.setAcceptedFileTypes(ACCEPTED.split(","));
        upload.setI18n(i18n());
        // The browser refuses a file type or size before anything is sent: say so here, naming the file, rather
        // than let it vanish from the list without a word.
        upload.addFileRejectedListener(rejected -> error.show(
                getTranslation("attachment.error.rejected", rejected.getFileName(), rejected.getErrorMessage())));
        return upload;
    }

    /** Runs a change; shows the list afterwards, with the reason in the user's language if it was refused. */
    private void attempt(Runnable change) {
        error.attempt(change);
        refresh(true);
    }

    private String size(long bytes) {
        return bytes < 1024
                ? getTranslation("attachments.bytes", bytes)
                : bytes < 1024 * 1024
                        ? getTranslation("attachments.kilobytes", Math.round(bytes / 1024.0))
                        : getTranslation(
                                "attachments.megabytes",
                                Formats.decimal(
                                        BigDecimal.valueOf(bytes)
                                                .divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP),
                                        1));
    }

    /** The upload component's own texts, in the user's language (it ships English only). */
    private UploadI18N i18n() {
        UploadI18N.DropFiles drop = new UploadI18N.DropFiles();
        drop.setOne(getTranslation("attachments.upload.drop"));
        drop.setMany(getTranslation("attachments.upload.drop"));
        UploadI18N.AddFiles add = new UploadI18N.AddFiles();
        add.setOne(getTranslation("attachments.upload.add"));
        add.setMany(getTranslation("attachments.upload.add"));
        UploadI18N.Uploading.Status status = new UploadI18N.Uploading.Status()
                .setConnecting(getTranslation("attachments.upload.connecting"))
                .setStalled(getTranslation("attachments.upload.stalled"))
                .setProcessing(getTranslation("attachments.upload.processing"))
                .setHeld(getTranslation("attachments.upload.held"));
        UploadI18N.Uploading.Error uploadError = new UploadI18N.Uploading.Error()
                .setServerUnavailable(getTranslation("attachments.upload.serverUnavailable"))
                .setUnexpectedServerError(getTranslation("attachments.upload.serverError"))
                .setForbidden(getTranslation("attachments.upload.forbidden"))
                .setFileTooLarge(getTranslation("attachment.error.tooLarge"));
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(status)
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("attachments.upload.remaining"))
                        .setUnknown(getTranslation("attachments.upload.remainingUnknown")))
                .setError(uploadError);
        return new UploadI18N()
                .setDropFiles(drop)
                .setAddFiles(add)
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation("attachments.upload.retry"))
                        .setStart(getTranslation("attachments.upload.start"))
                        .setRemove(getTranslation("attachments.upload.removeFromList")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("attachment.error.tooMany"))
                        .setFileIsTooBig(getTranslation("attachment.error.tooLarge"))
                        .setIncorrectFileType(getTranslation("attachment.error.type")))
                .setUploading(uploading)
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }
}
