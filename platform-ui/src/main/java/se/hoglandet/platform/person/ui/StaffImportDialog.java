package se.hoglandet.platform.person.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.stream.Collectors;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.StaffImportPreview;
import se.hoglandet.platform.person.StaffImportService;
import se.hoglandet.platform.shared.csv.CsvReader;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.form.Fields;

/**
 * Staff from a CSV file (Namn; E-post; Roller; Chef): first a preview with every row and what is wrong with it,
 * numbered as the spreadsheet numbers its rows; the import button opens only when no row has an error, and then
 * everybody is added (and invited) or nobody.
 */
class StaffImportDialog extends Dialog {

    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private final StaffImportService imports;
    private final Runnable imported;
    private final Grid<StaffImportPreview.Row> rows = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final FormError error = new FormError();
    private final Button importButton = new Button();
    private final Upload upload;
    private String csv;

    StaffImportDialog(StaffImportService imports, Runnable imported) {
        this.imports = imports;
        this.imported = imported;
        setHeaderTitle(getTranslation("directory.import.title"));
        setWidth("min(72em, 95vw)");

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> read(bytes)));
        upload.setId("staff-import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(MAX_BYTES);
        Fields.oneFileAtATime(upload);
        upload.setI18n(Fields.uploadI18n(
                this, getTranslation("directory.import.drop"), getTranslation("directory.import.choose")));
        upload.addFileRejectedListener(rejected -> error.show(
                getTranslation("attachment.error.rejected", rejected.getFileName(), rejected.getErrorMessage())));

        rows.addColumn(StaffImportPreview.Row::rowNumber)
                .setHeader(getTranslation("directory.import.column.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(StaffImportPreview.Row::name).setHeader(getTranslation("directory.field.name"));
        rows.addColumn(StaffImportPreview.Row::email).setHeader(getTranslation("directory.field.email"));
        rows.addColumn(row -> row.roles().stream()
                        .map(role -> getTranslation("role." + role.name()))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("directory.field.roles"));
        rows.addColumn(StaffImportPreview.Row::managerEmail).setHeader(getTranslation("directory.field.manager"));
        rows.addColumn(this::errors)
                .setHeader(getTranslation("directory.import.column.errors"))
                .setFlexGrow(2)
                .setPartNameGenerator(row -> row.ok() ? null : "import-error");
        rows.setId("staff-import-preview");
        rows.setEmptyStateText(getTranslation("directory.import.empty"));
        rows.setAllRowsVisible(true);
        summary.setId("staff-import-summary");

        importButton.setText(getTranslation("directory.import.action"));
        importButton.setId("staff-import-commit");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> commit());

        add(new Paragraph(getTranslation("directory.import.help")), upload, error, summary, rows);
        getFooter().add(new Button(getTranslation("action.cancel"), c -> close()), importButton);
    }

    private void read(byte[] bytes) {
        csv = CsvReader.decode(bytes); // the shared reader also drops a byte-order mark
        if (error.attempt(() -> show(imports.preview(csv)))) {
            return;
        }
        show(new StaffImportPreview(List.of()));
    }

    private void show(StaffImportPreview preview) {
        rows.setItems(preview.rows());
        int refused = preview.refused().size();
        summary.setText(
                refused == 0
                        ? getTranslation(
                                "directory.import.ready", preview.rows().size())
                        : getTranslation(
                                "directory.import.refused", preview.rows().size(), refused));
        importButton.setEnabled(preview.clean() && !preview.rows().isEmpty());
        if (!preview.clean() || preview.rows().isEmpty()) {
            // The corrected file can be chosen at once, without first removing the refused one from the list.
            upload.clearFileList();
        }
    }

    private void commit() {
        List<Person>[] added = new List[1];
        if (error.attempt(() -> added[0] = imports.importStaff(csv))) {
            close();
            Feedback.done(this, "directory.import.done", added[0].size());
            imported.run();
        }
    }

    private String errors(StaffImportPreview.Row row) {
        return row.errors().stream()
                .map(e -> getTranslation(e.messageKey(), e.value() == null ? "" : e.value()))
                .collect(Collectors.joining(" "));
    }
}
