package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.TreeSet;
import se.hoglandet.platform.maturity.ExternalInstrument;
import se.hoglandet.platform.maturity.ExternalResult;
import se.hoglandet.platform.maturity.ExternalResultService;
import se.hoglandet.platform.shared.csv.CsvReader;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * The organisation's external maturity results (DiMiOS with its quadrant, DIOS, PIOS): the list, and for federation
 * staff and the organisation's administrators entering one result or importing a CSV file — all or nothing, a file
 * with bad rows is refused naming every bad row's number.
 */
class ExternalResultsPanel extends Div {

    private static final int MOST_BYTES = 1_000_000;

    private final ExternalResultService external;
    private final Long organisationId;
    private final Runnable changed;
    private final FormError importError = new FormError();

    ExternalResultsPanel(ExternalResultService external, Long organisationId, Runnable changed) {
        this.external = external;
        this.organisationId = organisationId;
        this.changed = changed;
        setId("external-results");
        ExternalResultService.OrganisationResults results = external.ofOrganisation(organisationId);
        add(new H3(getTranslation("external.title")), grid(results), quadrants(results));
        if (results.mayRecord()) {
            Button enter = new Button(getTranslation("external.enter"), click -> openEnter());
            enter.setId("enter-external");
            add(enter, importer());
        }
    }

    private Grid<ExternalResult> grid(ExternalResultService.OrganisationResults results) {
        Grid<ExternalResult> grid = new Grid<>();
        grid.addColumn(r -> getTranslation("external.instrument." + r.instrument()))
                .setHeader(getTranslation("external.field.instrument"));
        grid.addColumn(ExternalResult::year).setHeader(getTranslation("external.field.year"));
        grid.addColumn(r -> getTranslation("external.dimension." + r.dimension()))
                .setHeader(getTranslation("external.field.dimension"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(
                        "external.valueOfScale", Formats.number(r.value()), Formats.number(r.scaleMax())))
                .setHeader(getTranslation("external.field.value"));
        grid.setItems(results.results());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("external.none"));
        grid.setAriaLabel(getTranslation("external.title"));
        grid.setId("external-grid");
        return grid;
    }

    /** DiMiOS's quadrant for each year both its dimensions were recorded. */
    private Div quadrants(ExternalResultService.OrganisationResults results) {
        Div quadrants = new Div();
        TreeSet<Integer> years = new TreeSet<>();
        results.results().stream()
                .filter(r -> r.instrument() == ExternalInstrument.DIMIOS)
                .forEach(r -> years.add(r.year()));
        for (Integer year : years) {
            ExternalInstrument.Quadrant quadrant = results.dimiosQuadrant(year);
            if (quadrant != null) {
                quadrants.add(new Paragraph(
                        getTranslation("external.quadrant", year, getTranslation("external.quadrant." + quadrant))));
            }
        }
        quadrants.setId("dimios-quadrants");
        return quadrants;
    }

    private void openEnter() {
        new RecordDialog<>(
                        getTranslation("external.enter"),
                        new ExternalResultForm(),
                        (ExternalResultForm.Entered entered) -> external.record(entered.draftFor(organisationId)),
                        "external.recorded",
                        saved -> changed.run())
                .open();
    }

    private Div importer() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> importCsv(CsvReader.decode(bytes))));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        Fields.oneFileAtATime(upload);
        upload.setMaxFileSize(MOST_BYTES);
        upload.setI18n(
                Fields.uploadI18n(this, getTranslation("external.import.drop"), getTranslation("external.import")));
        upload.addFileRejectedListener(rejected -> importError.show(rejected.getErrorMessage()));
        upload.setId("external-upload");
        Div importer = new Div(
                new H3(getTranslation("external.import")),
                new Paragraph(getTranslation("external.import.help")),
                importError,
                upload);
        importer.setId("external-import");
        return importer;
    }

    /** All or nothing: the refusal names the bad rows, and nothing is saved. */
    void importCsv(String csv) {
        int[] imported = new int[1];
        if (importError.attempt(() -> imported[0] = external.importCsv(csv))) {
            Feedback.done(this, "external.imported", imported[0]);
            changed.run();
        }
    }
}
