package se.hoglandet.platform.person;

import java.util.List;
import java.util.Set;
import se.hoglandet.platform.shared.Role;

/**
 * A staff file read and checked, before anything is imported: every row with what it would add and its errors.
 * Nothing is imported until no row has an error.
 */
public record StaffImportPreview(List<Row> rows) {

    /** One data row, numbered as the spreadsheet numbers it (the header is row 1). */
    public record Row(
            int rowNumber, String name, String email, Set<Role> roles, String managerEmail, List<RowError> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Why a row is refused: a translation key ({@code directory.import.error.*}) and the offending value, if any.
     */
    public record RowError(String messageKey, String value) {}

    public StaffImportPreview {
        rows = List.copyOf(rows);
    }

    public boolean clean() {
        return rows.stream().allMatch(Row::ok);
    }

    public List<Row> refused() {
        return rows.stream().filter(r -> !r.ok()).toList();
    }
}
