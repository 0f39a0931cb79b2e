package se.hoglandet.platform.guideline;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * What every guideline service needs, once: loading a version the actor may read (missing and unreadable look the
 * same), one the actor may write at the version they read, the topic list, the owner's series, and the audit entry
 * plus change event that go with every change. Runs inside the calling service's transaction; not a service, so it
 * is not guarded itself.
 */
@Component
class Guidelines {

    private final GuidelineRepository guidelines;
    private final GuidelineTopicRepository topics;
    private final UpstreamChoiceRepository choices;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Guidelines(
            GuidelineRepository guidelines,
            GuidelineTopicRepository topics,
            UpstreamChoiceRepository choices,
            EntityManager entityManager,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.guidelines = guidelines;
        this.topics = topics;
        this.choices = choices;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    Actor actor() {
        return currentActor.get();
    }

    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(SwedishTime.ZONE));
    }

    GuidelineRepository repository() {
        return guidelines;
    }

    /** The version, loaded, if the actor may read it. */
    Guideline readable(Long id) {
        Guideline guideline =
                id == null ? null : guidelines.findWithOwnerById(id).orElse(null);
        if (guideline == null || !VisibilityRules.canRead(actor(), guideline)) {
            throw new DomainValidationException("guideline.error.notFound", "No such guideline");
        }
        return loaded(guideline);
    }

    Optional<Guideline> findReadable(Long id) {
        return id == null
                ? Optional.empty()
                : guidelines
                        .findWithOwnerById(id)
                        .filter(g -> VisibilityRules.canRead(actor(), g))
                        .map(Guidelines::loaded);
    }

    /** The version for one of its writers, as it was when they read it. */
    Guideline writable(Long id, long expectedVersion) {
        Guideline guideline = readable(id);
        if (!GuidelineRoles.writes(actor(), guideline)) {
            throw new PermissionDeniedException("Only the owner organisation's writers change a guideline");
        }
        return atVersion(guideline, expectedVersion);
    }

    static Guideline atVersion(Guideline guideline, long expectedVersion) {
        if (guideline.version() != expectedVersion) {
            throw new StaleEditException("Guideline", guideline.id());
        }
        return guideline;
    }

    /** Everything callers read, loaded inside the transaction: sections, clauses, topics and organisations. */
    static Guideline loaded(Guideline guideline) {
        Hibernate.initialize(guideline.ownerOrganisation());
        guideline.namedOrganisations();
        guideline.participatingOrganisations();
        guideline.sections().forEach(s -> s.clauses().forEach(GuidelineClause::topics));
        return guideline;
    }

    /** The organisation's newest version, if it has a guideline. */
    Optional<Guideline> newestOf(Long organisationId) {
        return guidelines.newestFirstOf(organisationId, Limit.of(1)).stream().findFirst();
    }

    /** The federation's template as published now. */
    Optional<Guideline> currentTemplate() {
        return guidelines.publishedTemplates(Limit.of(1)).stream().findFirst().map(Guidelines::loaded);
    }

    List<GuidelineTopic> topics() {
        return topics.findByActiveTrueOrderByPosition();
    }

    /** Refuses topic codes that are not on the shared list. */
    void checkTopics(Collection<String> codes) {
        Set<String> known = topics().stream().map(GuidelineTopic::code).collect(Collectors.toSet());
        for (String code : codes) {
            if (!known.contains(code)) {
                throw new DomainValidationException("guideline.error.topic", "Unknown topic " + code, code);
            }
        }
    }

    Organisation organisation(Long id) {
        Organisation organisation = id == null ? null : entityManager.find(Organisation.class, id);
        if (organisation == null || !organisation.isActive()) {
            throw new DomainValidationException("guideline.error.organisation", "Unknown or inactive organisation");
        }
        return organisation;
    }

    /** Applies the draft's readers (named and participating organisations). */
    void share(Guideline guideline, GuidelineDraft draft) {
        guideline.replaceNamedOrganisations(
                draft.namedOrganisationIds().stream().map(this::organisation).toList());
        guideline.replaceParticipatingOrganisations(draft.participatingOrganisationIds().stream()
                .map(this::organisation)
                .toList());
    }

    /**
     * Where a new version of the actor's organisation's guideline may start: a first version when there is none;
     * otherwise only after the newest is decided (never beside an open draft or review).
     */
    Optional<Guideline> predecessorForNewVersion(Long organisationId) {
        Optional<Guideline> newest = newestOf(organisationId);
        if (newest.isPresent() && !newest.get().status().isDecided()) {
            throw new DomainValidationException(
                    "guideline.error.openVersion", "Finish or decide the open version first");
        }
        return newest;
    }

    /** The changes of {@code newestTemplate} since {@code source} that the series has not answered yet. */
    List<UpstreamChange> pendingUpstream(Guideline local, Guideline source, Guideline newestTemplate) {
        if (Objects.equals(source.id(), newestTemplate.id())) {
            return List.of();
        }
        Set<String> answered =
                choices.findBySeriesIdAndUpstreamGuidelineId(local.seriesId(), newestTemplate.id()).stream()
                        .map(UpstreamChoice::clauseKey)
                        .collect(Collectors.toSet());
        return UpstreamChanges.between(source, newestTemplate, local, answered);
    }

    /** Saves, audits and announces a change of one version. */
    Guideline saved(Guideline guideline, String action, AuditChange... changes) {
        Guideline saved = guidelines.saveAndFlush(guideline);
        audit.record(GuidelineService.RECORD_TYPE, saved.id(), action, changes);
        events.publishEvent(new GuidelineChanged(saved.id()));
        return loaded(saved);
    }

    void publishEvent(Object event) {
        events.publishEvent(event);
    }
}
