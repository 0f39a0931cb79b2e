package se.hoglandet.platform.assessment;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;

/**
 * The federation's shared template catalogue. Lawyers, DPOs and security staff of any organisation propose
 * templates (JSON); a platform admin publishes them or imports one directly. A changed template is a new version;
 * assessments keep the version they were written against.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentTemplateService {

    static final String RECORD_TYPE = "assessment-template";

    private final AssessmentTemplateRepository templates;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentTemplateService(
            AssessmentTemplateRepository templates, CurrentActor currentActor, AuditLog audit, Clock clock) {
        this.templates = templates;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the current actor publishes templates (and sees the proposals), as {@link #publish} requires. */
    @RequiresLogin
    public boolean mayPublish() {
        return currentActor.get().hasRole(Role.PLATFORM_ADMIN);
    }

    /** The published templates, the newest version of each key. */
    @RequiresLogin
    public List<AssessmentTemplate> catalogue() {
        return templates.findByStatusOrderByName(TemplateStatus.PUBLISHED);
    }

    @RequiresLogin
    public AssessmentTemplate template(Long id) {
        return templates
                .findById(id)
                .filter(t -> t.status() != TemplateStatus.PROPOSED
                        || currentActor.get().hasRole(Role.PLATFORM_ADMIN))
                .orElseThrow(() -> new DomainValidationException("assessment.error.template", "No such template"));
    }

    /** The template as JSON, ready to edit and import again. */
    @RequiresLogin
    public String exportJson(Long id) {
        return template(id).definitionJson();
    }

    /** The same template as YAML, which some prefer to edit by hand. */
    @RequiresLogin
    public String exportYaml(Long id) {
        return template(id).definition().toYaml();
    }

    @RequiresRole({Role.LAWYER, Role.DPO, Role.INFOSEC})
    @Transactional
    public AssessmentTemplate propose(String jsonOrYaml) {
        return add(TemplateDefinition.parse(jsonOrYaml), TemplateStatus.PROPOSED);
    }

    @RequiresRole(Role.PLATFORM_ADMIN)
    public List<AssessmentTemplate> proposals() {
        return templates.findByStatusInOrderByCreatedAtDesc(List.of(TemplateStatus.PROPOSED));
    }

    /** Imports and publishes at once (a new version if the key exists); the previous version is retired. */
    @RequiresRole(Role.PLATFORM_ADMIN)
    @Transactional
    public AssessmentTemplate importAndPublish(String jsonOrYaml) {
        AssessmentTemplate added = add(TemplateDefinition.parse(jsonOrYaml), TemplateStatus.PROPOSED);
        return publish(added);
    }

    @RequiresRole(Role.PLATFORM_ADMIN)
    @Transactional
    public AssessmentTemplate publish(Long proposalId) {
        AssessmentTemplate proposal = templates
                .findById(proposalId)
                .filter(t -> t.status() == TemplateStatus.PROPOSED)
                .orElseThrow(() -> new DomainValidationException("assessment.error.template", "No such proposal"));
        return publish(proposal);
    }

    private AssessmentTemplate publish(AssessmentTemplate template) {
        templates
                .findFirstByTemplateKeyAndStatusOrderByTemplateVersionDesc(
                        template.templateKey(), TemplateStatus.PUBLISHED)
                .ifPresent(AssessmentTemplate::retire);
        template.publish();
        audit.record(
                RECORD_TYPE,
                template.id(),
                "PUBLISHED",
                AuditChange.of("version", null, template.templateKey() + " v" + template.templateVersion()));
        return templates.save(template);
    }

    private AssessmentTemplate add(TemplateDefinition definition, TemplateStatus status) {
        int next = templates
                .findFirstByTemplateKeyOrderByTemplateVersionDesc(definition.key())
                .map(t -> t.templateVersion() + 1)
                .orElse(1);
        AssessmentTemplate saved = templates.save(new AssessmentTemplate(
                definition, next, status, currentActor.get().displayName(), clock.instant()));
        audit.record(
                RECORD_TYPE, saved.id(), "ADDED", AuditChange.of("template", null, definition.key() + " v" + next));
        return saved;
    }
}
