package se.hoglandet.platform.initiative;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.guard.AnonymousAccess;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.visibility.EditScope;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * The EU database entry of a high-risk initiative: filled in by those who may edit the whole initiative, read by
 * whoever may read it, and public only when the initiative is PUBLIC, in the high-risk group and the owner
 * published the entry.
 */
@Service
@Transactional(readOnly = true)
public class EuDatabaseService {

    /** The entry as its editors see it: the fields, the version to save against (null before the first save). */
    public record Entry(EuDatabaseFields fields, Long version, boolean mayEdit) {}

    private final EuDatabaseEntryRepository entries;
    private final InitiativeRepository initiatives;
    private final InitiativeService initiativeService;
    private final AuditLog audit;
    private final Clock clock;

    EuDatabaseService(
            EuDatabaseEntryRepository entries,
            InitiativeRepository initiatives,
            InitiativeService initiativeService,
            AuditLog audit,
            Clock clock) {
        this.entries = entries;
        this.initiatives = initiatives;
        this.initiativeService = initiativeService;
        this.audit = audit;
        this.clock = clock;
    }

    @RequiresLogin
    public Entry entry(Long initiativeId) {
        EditScope scope = initiativeService.editScope(initiativeId);
        return entries.findById(initiativeId)
                .map(e -> new Entry(e.fields(), e.version(), scope == EditScope.WHOLE))
                .orElseGet(() -> new Entry(EuDatabaseFields.empty(), null, scope == EditScope.WHOLE));
    }

    /** Saves the entry as a whole; {@code expectedVersion} is null for the first save. */
    @RequiresLogin
    @Transactional
    public Entry save(Long initiativeId, Long expectedVersion, EuDatabaseFields fields) {
        if (initiativeService.editScope(initiativeId) != EditScope.WHOLE) {
            throw new PermissionDeniedException("Only the owner's staff edit the EU database entry");
        }
        fields.validate();
        EuDatabaseEntry entry = entries.findById(initiativeId).orElse(null);
        EuDatabaseFields before = entry == null ? EuDatabaseFields.empty() : entry.fields();
        if (entry == null ? expectedVersion != null : expectedVersion == null || entry.version() != expectedVersion) {
            throw new StaleEditException("EU database entry", initiativeId);
        }
        if (entry == null) {
            entry = new EuDatabaseEntry(initiativeId);
        }
        entry.fill(fields, clock.instant());
        EuDatabaseEntry saved = entries.saveAndFlush(entry);
        audit.record(
                InitiativeService.RECORD_TYPE,
                initiativeId,
                "EU_DATABASE_ENTRY_SAVED",
                AuditChange.of("euDatabase.published", before.published(), fields.published()),
                AuditChange.of("euDatabase.providerEntry", before.providerEntry(), fields.providerEntry()));
        return new Entry(saved.fields(), saved.version(), true);
    }

    /** The published entry of a PUBLIC high-risk initiative, for everyone; empty otherwise. */
    @AnonymousAccess
    public Optional<EuDatabaseFields> published(Long initiativeId) {
        return initiatives
                .findById(initiativeId)
                .filter(i -> VisibilityRules.canRead(Actor.anonymous(), i) && i.riskGroup() == RiskGroup.HIGH)
                .flatMap(i -> entries.findById(initiativeId))
                .map(EuDatabaseEntry::fields)
                .filter(EuDatabaseFields::published);
    }
}
