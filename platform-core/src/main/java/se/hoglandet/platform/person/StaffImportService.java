package se.hoglandet.platform.person;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.csv.CsvReader;
import se.hoglandet.platform.shared.guard.RequiresRole;

/**
 * An organisation's administrator imports staff from CSV (local accounts): columns name, e-mail, roles and manager
 * (the manager's e-mail, in the file or already in the directory), Swedish or English headers. The preview lists
 * every row with its errors; the import re-checks and adds everybody in one transaction, or nobody. Each person
 * gets a local account and an invitation mail (the identity module, after the commit).
 */
@Service
@Transactional(readOnly = true)
public class StaffImportService {

    static final int MAX_ROWS = 10_000;
    static final String[] NAME = {"namn", "name"};
    static final String[] EMAIL = {"e-post", "epost", "e-mail", "email"};
    static final String[] ROLES = {"roller", "roll", "roles", "role"};
    static final String[] MANAGER = {"chef", "närmaste chef", "manager"};

    private final PersonRepository people;
    private final StaffBatchWriter writer;
    private final OrganisationService organisations;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final boolean localAccounts;

    StaffImportService(
            PersonRepository people,
            StaffBatchWriter writer,
            OrganisationService organisations,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            @Value("${portal.auth:local}") String auth) {
        this.people = people;
        this.writer = writer;
        this.organisations = organisations;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.localAccounts = !"keycloak".equalsIgnoreCase(auth);
    }

    /** Reads and checks the file for the administrator's organisation; imports nothing. */
    @RequiresRole(Role.ORG_ADMIN)
    public StaffImportPreview preview(String csv) {
        return check(csv, myOrganisation());
    }

    /**
     * Imports the file when every row is clean, else refuses it whole ({@code directory.import.error.notClean}).
     *
     * @return the people added
     */
    @RequiresRole(Role.ORG_ADMIN)
    @Transactional
    public List<Person> importStaff(String csv) {
        if (!localAccounts) {
            throw new DomainValidationException(
                    "directory.error.keycloakMode", "The directory follows Keycloak: change people there");
        }
        Organisation organisation = myOrganisation();
        StaffImportPreview preview = check(csv, organisation);
        if (!preview.clean()) {
            throw new DomainValidationException(
                    "directory.import.error.notClean", preview.refused().size() + " rows have errors");
        }
        Map<String, Long> existingManagers = new HashMap<>();
        Set<String> managersOutside = managersOutsideFile(preview);
        if (!managersOutside.isEmpty()) {
            for (Person manager : people.findActiveByEmails(organisation.id(), managersOutside)) {
                existingManagers.put(manager.email().toLowerCase(Locale.ROOT), manager.id());
            }
        }
        Map<String, Long> ids = writer.insert(organisation, preview.rows(), existingManagers);
        audit.record("organisation", organisation.id(), "STAFF_IMPORTED", AuditChange.of("people", null, ids.size()));
        List<Long> added = preview.rows().stream().map(r -> ids.get(r.email())).toList();
        for (int from = 0; from < added.size(); from += PeopleInvited.CHUNK) {
            events.publishEvent(
                    new PeopleInvited(added.subList(from, Math.min(added.size(), from + PeopleInvited.CHUNK))));
        }
        Map<Long, Person> loaded = new HashMap<>();
        people.findByIdIn(added).forEach(p -> loaded.put(p.id(), p));
        return added.stream().map(loaded::get).toList();
    }

    private StaffImportPreview check(String csv, Organisation organisation) {
        CsvReader.Table table = CsvReader.read(csv, MAX_ROWS);
        if (!table.has(NAME) || !table.has(EMAIL) || !table.has(ROLES)) {
            throw new DomainValidationException(
                    "directory.import.error.columns", "The file needs the columns name, e-mail and roles");
        }
        Set<String> known = new HashSet<>(people.emailsOf(organisation.id()));
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (CsvReader.Row row : table.rows()) {
            String email = EmailAddresses.normalised(row.get(EMAIL));
            if (email != null) {
                firstRowOf.putIfAbsent(email, row.number());
            }
        }
        List<StaffImportPreview.Row> checked = new ArrayList<>();
        for (CsvReader.Row row : table.rows()) {
            checked.add(checkRow(row, known, firstRowOf));
        }
        Set<String> managersOutside = managersOutsideFile(new StaffImportPreview(checked));
        Set<String> existingManagers = new HashSet<>();
        if (!managersOutside.isEmpty()) {
            people.findActiveByEmails(organisation.id(), managersOutside)
                    .forEach(p -> existingManagers.add(p.email().toLowerCase(Locale.ROOT)));
        }
        List<StaffImportPreview.Row> rows = new ArrayList<>();
        for (StaffImportPreview.Row row : checked) {
            String manager = row.managerEmail();
            if (manager != null && !firstRowOf.containsKey(manager) && !existingManagers.contains(manager)) {
                List<StaffImportPreview.RowError> errors = new ArrayList<>(row.errors());
                errors.add(new StaffImportPreview.RowError("directory.import.error.unknownManager", manager));
                row = new StaffImportPreview.Row(
                        row.rowNumber(), row.name(), row.email(), row.roles(), manager, List.copyOf(errors));
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new DomainValidationException("csv.error.empty", "The file has no rows");
        }
        return new StaffImportPreview(rows);
    }

    private static StaffImportPreview.Row checkRow(
            CsvReader.Row row, Set<String> known, Map<String, Integer> firstRowOf) {
        List<StaffImportPreview.RowError> errors = new ArrayList<>();
        String name = row.get(NAME);
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new StaffImportPreview.RowError("directory.import.error.name", name));
        }
        String rawEmail = row.get(EMAIL);
        String email = EmailAddresses.normalised(rawEmail);
        if (email == null) {
            errors.add(new StaffImportPreview.RowError("directory.import.error.email", rawEmail));
        } else if (known.contains(email) || firstRowOf.get(email) != row.number()) {
            errors.add(new StaffImportPreview.RowError("directory.import.error.duplicate", email));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String token : row.get(ROLES).split("[,|/\\s]+")) {
            if (token.isBlank()) {
                continue;
            }
            Role role = roleNamed(token);
            if (role == null) {
                errors.add(new StaffImportPreview.RowError("directory.import.error.unknownRole", token));
            } else if (!StaffRoles.mayGive(role)) {
                errors.add(new StaffImportPreview.RowError("directory.import.error.forbiddenRole", token));
            } else {
                roles.add(role);
            }
        }
        if (roles.isEmpty() && errors.stream().noneMatch(e -> e.messageKey().endsWith("Role"))) {
            errors.add(new StaffImportPreview.RowError("directory.import.error.noRole", ""));
        }
        String rawManager = row.get(MANAGER);
        String manager = null;
        if (!rawManager.isEmpty()) {
            manager = EmailAddresses.normalised(rawManager);
            if (manager == null) {
                errors.add(new StaffImportPreview.RowError("directory.import.error.unknownManager", rawManager));
            } else if (manager.equals(email)) {
                errors.add(new StaffImportPreview.RowError("directory.import.error.managerSelf", rawManager));
                manager = null;
            }
        }
        return new StaffImportPreview.Row(
                row.number(),
                name,
                email == null ? rawEmail : email,
                roles.isEmpty() ? Set.of() : Set.copyOf(roles),
                manager,
                List.copyOf(errors));
    }

    /**
     * The role a cell names: its code ({@code DPO}, {@code project-lead}) or the name the portal shows it by, in
     * Swedish or English ({@code Dataskyddsombud}, {@code Projektledare}, {@code Lawyer}), case-insensitive.
     */
    static Role roleNamed(String token) {
        String cell = token.strip().toLowerCase(Locale.ROOT);
        Role named = ROLE_NAMES.get(cell);
        if (named != null) {
            return named;
        }
        String code = cell.toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role role : Role.values()) {
            if (role.name().equals(code)) {
                return role;
            }
        }
        return null;
    }

    /** The one-word names the portal shows roles by (the UI's role.* texts), as administrators type them. */
    private static final Map<String, Role> ROLE_NAMES = Map.ofEntries(
            Map.entry("medarbetare", Role.MEMBER),
            Map.entry("employee", Role.MEMBER),
            Map.entry("projektledare", Role.PROJECT_LEAD),
            Map.entry("jurist", Role.LAWYER),
            Map.entry("lawyer", Role.LAWYER),
            Map.entry("dataskyddsombud", Role.DPO),
            Map.entry("informationssäkerhetsansvarig", Role.INFOSEC),
            Map.entry("it-chef", Role.IT_MANAGER),
            Map.entry("upphandlare", Role.PROCUREMENT),
            Map.entry("akademiadministratör", Role.ACADEMY_ADMIN),
            Map.entry("organisationsadministratör", Role.ORG_ADMIN),
            Map.entry("plattformsadministratör", Role.PLATFORM_ADMIN));

    private static Set<String> managersOutsideFile(StaffImportPreview preview) {
        Set<String> inFile = new HashSet<>();
        preview.rows().forEach(r -> inFile.add(r.email()));
        Set<String> outside = new HashSet<>();
        for (StaffImportPreview.Row row : preview.rows()) {
            if (row.managerEmail() != null && !inFile.contains(row.managerEmail())) {
                outside.add(row.managerEmail());
            }
        }
        return outside;
    }

    private Organisation myOrganisation() {
        return organisations
                .findActiveByCode(currentActor.get().organisationCode())
                .orElseThrow(() -> new PermissionDeniedException("Inactive organisation"));
    }
}
