package se.hoglandet.platform.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Role;

/**
 * Writes an imported staff file in JDBC batches, inside the import's transaction: JPA cannot batch inserts of
 * entities with database-generated keys, and a file of 5 000 people would otherwise cost some 15 000 round trips.
 * People, then their roles, then their managers, each one batch; the keys are read back in one query.
 */
@Component
class StaffBatchWriter {

    private final JdbcTemplate jdbc;

    StaffBatchWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the rows (already checked) as active imported people of the organisation.
     *
     * @param existingManagers people already in the directory whom rows name as manager, by lower-cased e-mail
     * @return the new people's ids by lower-cased e-mail
     */
    Map<String, Long> insert(
            Organisation organisation, List<StaffImportPreview.Row> rows, Map<String, Long> existingManagers) {
        List<Object[]> people = new ArrayList<>(rows.size());
        for (StaffImportPreview.Row row : rows) {
            people.add(
                    new Object[] {DirectoryService.localSubject(row.email()), row.name(), row.email(), organisation.id()
                    });
        }
        jdbc.batchUpdate("""
                insert into person (subject, display_name, email, organisation_id, language, version, active, source,
                    demo)
                values (?, ?, ?, ?, 'SV', 0, true, 'IMPORT', false)""", people);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(
                "select id, subject from person where organisation_id = ? and source = 'IMPORT' and active = true"
                        + " and subject like 'local:%'",
                rs -> {
                    ids.put(rs.getString(2).substring("local:".length()), rs.getLong(1));
                },
                organisation.id());
        ids.keySet().retainAll(rows.stream().map(StaffImportPreview.Row::email).collect(Collectors.toSet()));
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> managers = new ArrayList<>();
        for (StaffImportPreview.Row row : rows) {
            Long id = ids.get(row.email());
            for (Role role : row.roles()) {
                roles.add(new Object[] {id, role.name()});
            }
            if (row.managerEmail() != null) {
                Long manager = ids.containsKey(row.managerEmail())
                        ? ids.get(row.managerEmail())
                        : existingManagers.get(row.managerEmail());
                managers.add(new Object[] {manager, id});
            }
        }
        jdbc.batchUpdate("insert into person_role (person_id, role) values (?, ?)", roles);
        jdbc.batchUpdate("update person set manager_id = ? where id = ?", managers);
        return ids;
    }
}
