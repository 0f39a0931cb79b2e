package se.hoglandet.platform.initiative;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.attachment.AttachableRecords;
import se.hoglandet.platform.searchable.SearchableRecord;
import se.hoglandet.platform.searchable.SearchableRecords;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.EditScope;
import se.hoglandet.platform.visibility.ShareableAuditedRecords;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * The initiative record type, registered once: its history and attachments are read by whoever may read the
 * initiative, and its owner's and participants' project leads manage the attachments; search finds it by title,
 * summary and the descriptive fields, counted under its owner, collaboration level and status.
 */
@Component
class InitiativeRecordType extends ShareableAuditedRecords<Initiative> implements AttachableRecords, SearchableRecords {

    private final InitiativeRepository initiatives;
    private final InitiativeService service;
    private final CurrentActor currentActor;

    InitiativeRecordType(InitiativeRepository initiatives, InitiativeService service, CurrentActor currentActor) {
        super(InitiativeService.RECORD_TYPE, initiatives, currentActor);
        this.initiatives = initiatives;
        this.service = service;
        this.currentActor = currentActor;
    }

    @Override
    public boolean currentActorMayRead(long recordId) {
        return initiatives
                .findById(recordId)
                .filter(i -> VisibilityRules.canRead(currentActor.get(), i))
                .isPresent();
    }

    @Override
    public boolean currentActorMayAttach(long recordId) {
        return initiatives
                .findById(recordId)
                .filter(i -> VisibilityRules.canRead(currentActor.get(), i))
                .filter(i -> VisibilityRules.editScope(currentActor.get(), i, Role.PROJECT_LEAD) != EditScope.NONE)
                .isPresent();
    }

    @Override
    public Optional<SearchableRecord> load(String id) {
        return SearchableRecords.numericId(id).flatMap(service::findForIndexing).map(this::searchable);
    }

    @Override
    public Stream<SearchableRecord> all() {
        return SearchableRecords.inBatches(service::idsForIndexing, service::loadForIndexing)
                .map(this::searchable);
    }

    private SearchableRecord searchable(Initiative initiative) {
        return SearchableRecord.of(
                        recordType(),
                        initiative.id(),
                        initiative,
                        initiative.title(),
                        SearchableRecord.text(
                                initiative.summary(),
                                initiative.purpose(),
                                initiative.tools(),
                                initiative.supplier(),
                                initiative.dataUsed(),
                                initiative.humanOversight(),
                                initiative.transparency()),
                        initiative.tags(),
                        Map.of(
                                SearchableRecord.ORGANISATION,
                                initiative.ownerOrganisation().code(),
                                SearchableRecord.LEVEL,
                                String.valueOf(initiative.collaborationLevel().number()),
                                SearchableRecord.STATUS,
                                initiative.status().name()),
                        initiative.updatedAt(),
                        "initiatives/" + initiative.id())
                .withPublicText(publicText(initiative));
    }

    /** What the public register shows of the searched text: the summary and the descriptive fields published. */
    private static String publicText(Initiative initiative) {
        java.util.Set<PublicField> shown = initiative.publicFields();
        return SearchableRecord.text(
                initiative.summary(),
                shown.contains(PublicField.PURPOSE) ? initiative.purpose() : null,
                shown.contains(PublicField.TOOLS) ? initiative.tools() : null,
                shown.contains(PublicField.SUPPLIER) ? initiative.supplier() : null,
                shown.contains(PublicField.DATA_USED) ? initiative.dataUsed() : null,
                shown.contains(PublicField.HUMAN_OVERSIGHT) ? initiative.humanOversight() : null,
                shown.contains(PublicField.TRANSPARENCY) ? initiative.transparency() : null);
    }
}
