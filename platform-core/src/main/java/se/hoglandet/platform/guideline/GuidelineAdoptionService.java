package se.hoglandet.platform.guideline;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationKind;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.guard.RequiresLogin;

/**
 * The federation's template and its adopters. An organisation adopts the published template as a draft of its own
 * that records the template version it came from; when the template gets a new version, the adopter sees what
 * changed upstream beside its own text and takes or declines each change. Once every change is answered the
 * adopter's draft counts as brought up to date with the new template version.
 */
@Service
@Transactional(readOnly = true)
public class GuidelineAdoptionService {

    private final Guidelines guidelines;
    private final UpstreamChoiceRepository choices;

    GuidelineAdoptionService(Guidelines guidelines, UpstreamChoiceRepository choices) {
        this.guidelines = guidelines;
        this.choices = choices;
    }

    /**
     * Adopts the published template: the first version of the organisation's guideline, or — when it has one and
     * its newest version is decided — the next version, with the template's clauses in place of its own.
     */
    @GuidelineWriters
    @Transactional
    public Guideline adopt(Long templateId) {
        Actor actor = guidelines.actor();
        Organisation own = guidelines.organisation(actor.organisationId());
        if (!GuidelineRoles.writesFor(actor, own) || own.kind() == OrganisationKind.FEDERATION) {
            throw new PermissionDeniedException("An organisation's writers adopt the federation's template");
        }
        Guideline template = guidelines
                .currentTemplate()
                .filter(t -> t.id().equals(templateId))
                .orElseThrow(() -> new DomainValidationException(
                        "guideline.error.adoptPublishedTemplate", "Only the template published now is adopted"));
        Optional<Guideline> predecessor = guidelines.predecessorForNewVersion(own.id());
        var now = guidelines.clock().instant();
        Guideline adopted = predecessor
                .map(p -> p.nextVersionAdopting(template, actor.personId(), now))
                .orElseGet(() -> new Guideline(
                        own, GuidelineDraft.titled(template.title()), template, actor.personId(), now, false));
        Guideline saved = guidelines.saved(
                adopted,
                "ADOPTED",
                AuditChange.of("template", null, template.title() + " v" + template.versionNumber()));
        predecessor.ifPresent(p -> guidelines.publishEvent(new GuidelineChanged(p.id())));
        return saved;
    }

    /** An adopter's version beside the template it came from and the template's newest version. */
    public record UpstreamReview(
            Guideline local, Guideline base, Guideline upstream, List<UpstreamChange> changes, boolean mayAnswer) {}

    /** What changed upstream since the version the guideline came from; empty changes when nothing did. */
    @RequiresLogin
    public UpstreamReview upstream(Long id) {
        Guideline local = guidelines.readable(id);
        Guideline base = source(local);
        Guideline upstream = guidelines.currentTemplate().orElse(base);
        List<UpstreamChange> changes = guidelines.pendingUpstream(local, base, upstream);
        boolean mayAnswer = local.status() == GuidelineStatus.DRAFT
                && GuidelineRoles.writes(guidelines.actor(), local)
                && !changes.isEmpty();
        return new UpstreamReview(local, base, upstream, changes, mayAnswer);
    }

    /** Takes the template's change of one clause into the draft. */
    @GuidelineWriters
    @Transactional
    public Guideline take(Long id, long expectedVersion, String clauseKey) {
        return answer(id, expectedVersion, clauseKey, true);
    }

    /** Keeps the draft's own text for one clause the template changed. */
    @GuidelineWriters
    @Transactional
    public Guideline decline(Long id, long expectedVersion, String clauseKey) {
        return answer(id, expectedVersion, clauseKey, false);
    }

    private Guideline answer(Long id, long expectedVersion, String clauseKey, boolean take) {
        Guideline local = guidelines.writable(id, expectedVersion);
        Guideline base = source(local);
        Guideline upstream = guidelines.currentTemplate().orElse(base);
        UpstreamChange change = guidelines.pendingUpstream(local, base, upstream).stream()
                .filter(c -> c.clauseKey().equals(clauseKey))
                .findFirst()
                .orElseThrow(() -> new DomainValidationException(
                        "guideline.error.noUpstreamChange", "No open upstream change of that clause"));
        var now = guidelines.clock().instant();
        if (take) {
            local.takeUpstream(clauseKey, change.upstream(), change.sectionKey(), change.sectionHeading(), now);
        }
        choices.saveAndFlush(new UpstreamChoice(
                local.seriesId(),
                clauseKey,
                upstream.id(),
                take,
                guidelines.actor().displayName(),
                now));
        String action = take ? "UPSTREAM_TAKEN" : "UPSTREAM_DECLINED";
        if (guidelines.pendingUpstream(local, base, upstream).isEmpty()) {
            local.broughtUpTo(upstream, now);
        }
        return guidelines.saved(
                local,
                action,
                AuditChange.of(
                        clauseKey,
                        change.local() == null ? null : change.local().text(),
                        take
                                ? (change.upstream() == null
                                        ? null
                                        : change.upstream().text())
                                : "(declined)"));
    }

    private Guideline source(Guideline local) {
        return Optional.ofNullable(local.sourceTemplateId())
                .flatMap(guidelines.repository()::findById)
                .map(Guidelines::loaded)
                .orElseThrow(() -> new DomainValidationException(
                        "guideline.error.notAdopted", "This guideline was not adopted from the template"));
    }
}
