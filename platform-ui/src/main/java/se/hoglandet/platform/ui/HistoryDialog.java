package se.hoglandet.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditEntry;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.shared.SwedishTime;

/** A record's audit history: who changed what, when, from which value to which. Paged from the database. */
public class HistoryDialog extends Dialog {

    public HistoryDialog(AuditService audit, String recordType, Object recordId, String recordName) {
        setHeaderTitle(getTranslation("history.title", recordName));
        DateTimeFormatter when =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(e -> when.format(e.occurredAt().atZone(SwedishTime.ZONE)))
                .setHeader(getTranslation("history.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.actorName() == null ? getTranslation("history.platform") : e.actorName())
                .setHeader(getTranslation("history.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("history.action." + e.action()))
                .setHeader(getTranslation("history.what"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.changes().stream().map(this::describe).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("history.changes"))
                .setFlexGrow(2);
        grid.setItems(query ->
                audit.historyOf(recordType, recordId, PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("history.title", recordName));
        grid.setId("history");
        grid.setWidth("min(90vw, 900px)");
        grid.setHeight("50vh");
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }

    private String describe(AuditChange change) {
        String field = getTranslation("history.field." + change.field());
        return field + ": " + value(change.before()) + " → " + value(change.after());
    }

    private String value(String raw) {
        if (raw == null) {
            return getTranslation("history.empty");
        }
        return "true".equals(raw) || "false".equals(raw) ? getTranslation("history.value." + raw) : raw;
    }
}
