package se.hoglandet.platform.guideline;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.visibility.Visibility;

/**
 * Guidelines in and out of the platform: a version as a PDF for the diary, as Markdown and as the open JSON format
 * (for whoever may read it), and a JSON file imported as a new draft of the importer's organisation — checked
 * whole before anything is saved.
 */
@Service
@Transactional(readOnly = true)
public class GuidelineExchangeService {

    public static final String JSON_MEDIA_TYPE = "application/json";
    public static final String MARKDOWN_MEDIA_TYPE = "text/markdown; charset=UTF-8";

    private final Guidelines guidelines;

    GuidelineExchangeService(Guidelines guidelines) {
        this.guidelines = guidelines;
    }

    @RequiresLogin
    public byte[] exportPdf(Long id) {
        Guideline guideline = guidelines.readable(id);
        return GuidelineDocuments.pdf(guideline, adoptedFrom(guideline), guidelines.topics());
    }

    @RequiresLogin
    public String exportMarkdown(Long id) {
        Guideline guideline = guidelines.readable(id);
        return GuidelineDocuments.markdown(guideline, adoptedFrom(guideline), guidelines.topics());
    }

    @RequiresLogin
    public String exportJson(Long id) {
        Guideline guideline = guidelines.readable(id);
        return GuidelineJson.write(guideline, adoptedFrom(guideline));
    }

    /**
     * Imports a JSON file as a new draft of the actor's organisation: its first version, or the next one after the
     * newest decided version. A malformed file is refused whole, with the reason; nothing is saved then.
     */
    @GuidelineWriters
    @Transactional
    public Guideline importJson(byte[] file) {
        Actor actor = guidelines.actor();
        Organisation own = guidelines.organisation(actor.organisationId());
        if (!GuidelineRoles.writesFor(actor, own)) {
            throw new PermissionDeniedException("Only the organisation's writers import its guideline");
        }
        GuidelineJson.Imported imported = GuidelineJson.read(
                file, guidelines.topics().stream().map(GuidelineTopic::code).collect(Collectors.toSet()));
        Optional<Guideline> predecessor = guidelines.predecessorForNewVersion(own.id());
        var now = guidelines.clock().instant();
        GuidelineDraft draft =
                new GuidelineDraft(imported.title(), imported.summary(), Visibility.PRIVATE, Set.of(), Set.of());
        Guideline guideline = predecessor
                .map(p -> p.nextVersion(actor.personId(), now))
                .orElseGet(() -> new Guideline(own, draft, null, actor.personId(), now, false));
        guideline.write(draft, now);
        guideline.replaceContent(imported.sections(), now);
        Guideline saved =
                guidelines.saved(guideline, "IMPORTED", AuditChange.of("clauses", null, guideline.clauseCount()));
        predecessor.ifPresent(p -> guidelines.publishEvent(new GuidelineChanged(p.id())));
        return saved;
    }

    /** "Höglandsförbundet: Gemensam riktlinje, version 2" for the version it was adopted from, if any. */
    private String adoptedFrom(Guideline guideline) {
        return Optional.ofNullable(guideline.sourceTemplateId())
                .flatMap(guidelines.repository()::findWithOwnerById)
                .map(t -> t.ownerOrganisation().name() + ": " + t.title() + ", version " + t.versionNumber())
                .orElse(null);
    }
}
