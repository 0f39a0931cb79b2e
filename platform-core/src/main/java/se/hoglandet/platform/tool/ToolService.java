package se.hoglandet.platform.tool;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.LikePatterns;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RoleSets;
import se.hoglandet.platform.shared.guard.SystemAccess;

/**
 * The approved AI tools register. The facts about a tool are shared by the federation and kept by the people who
 * assess tools (lawyers, DPOs, security officers, IT managers of any organisation); each organisation takes its own
 * decision on using it, which only its own such people may take. Everybody signed in reads the register: knowing
 * what the neighbours approved, and under which assessment, is the point.
 */
@Service
@Transactional(readOnly = true)
public class ToolService {

    static final String RECORD_TYPE = "tool";
    /** How long before an approval runs out its organisation's assessors are told. */
    static final int EXPIRY_WARNING_DAYS = 60;

    private final ToolRepository tools;
    private final ToolApprovalRepository approvals;
    private final AssessmentService assessments;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ToolService(
            ToolRepository tools,
            ToolApprovalRepository approvals,
            AssessmentService assessments,
            EntityManager entityManager,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tools = tools;
        this.approvals = approvals;
        this.assessments = assessments;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A page of the register, by name; {@code text} matches name and vendor. */
    /** Whether the current actor registers tools (as {@link #create} requires). */
    @RequiresLogin
    public boolean mayRegister() {
        return isSteward(currentActor.get());
    }

    @RequiresLogin
    public Page<AiTool> list(String text, Pageable pageable) {
        String pattern = text == null || text.isBlank() ? null : LikePatterns.containing(text);
        Pageable byName = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "id"));
        return tools.search(pattern, byName);
    }

    /** The whole register by name, for pickers (it is a register of tools, not of data: tens, not thousands). */
    @RequiresLogin
    public List<AiTool> catalogue() {
        return tools.findAll(Sort.by("name")).stream().limit(1000).toList();
    }

    @RequiresLogin
    public ToolDetail detail(Long id) {
        Actor actor = currentActor.get();
        AiTool tool = tools.findById(id == null ? -1L : id).orElseThrow(ToolService::notFound);
        List<ToolApproval> all = approvals.findByToolId(id);
        Map<Long, String> titles = assessments.readableTitles(all.stream()
                .map(ToolApproval::assessmentId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        LocalDate today = today();
        List<ToolDetail.Decision> decisions =
                all.stream().map(a -> decision(a, titles, today)).toList();
        ToolDetail.Decision own = decisions.stream()
                .filter(d -> d.organisationId().equals(actor.organisationId()))
                .findFirst()
                .orElse(null);
        boolean steward = isSteward(actor);
        return new ToolDetail(tool, decisions, own, steward, steward);
    }

    @RequiresLogin
    public boolean exists(Long id) {
        return id != null && tools.existsById(id);
    }

    /** The tool's name, for links from other records. */
    @RequiresLogin
    public Optional<String> nameOf(Long id) {
        return id == null ? Optional.empty() : tools.findById(id).map(AiTool::name);
    }

    /** The given tools' decisions by one organisation (e.g. an initiative's owner), by tool id. */
    @RequiresLogin
    public Map<Long, ToolApproval> decisionsOf(Long organisationId, Collection<Long> toolIds) {
        if (toolIds.isEmpty()) {
            return Map.of();
        }
        return approvals.findByOrganisationAndTools(organisationId, toolIds).stream()
                .peek(a -> a.dataClasses().size())
                .collect(Collectors.toMap(a -> a.tool().id(), Function.identity()));
    }

    /** How many tools the organisation (every organisation when null) has approved and still valid today. */
    @RequiresLogin
    public long approvedToolCount(Long organisationId) {
        return approvals.countValidApprovals(organisationId, today());
    }

    /** Today in Sweden, which is when approvals run out. */
    @RequiresLogin
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SwedishTime.ZONE));
    }

    @ToolStewards
    @Transactional
    public AiTool create(ToolDraft draft) {
        if (draft.name() != null && tools.existsByNameIgnoreCase(draft.name().strip())) {
            throw new DomainValidationException("tool.error.duplicate", "The register already has a tool by that name");
        }
        AiTool tool = tools.save(new AiTool(draft, currentActor.get().displayName(), clock.instant(), false));
        audit.record(
                RECORD_TYPE,
                tool.id(),
                "CREATED",
                AuditChange.of("name", null, tool.name()),
                AuditChange.of("vendor", null, tool.vendor()),
                AuditChange.of("hosting", null, tool.hosting()));
        return tool;
    }

    @ToolStewards
    @Transactional
    public AiTool update(Long id, long expectedVersion, ToolDraft draft) {
        AiTool tool = tools.findById(id == null ? -1L : id).orElseThrow(ToolService::notFound);
        if (tool.version() != expectedVersion) {
            throw new StaleEditException("Tool", id);
        }
        if (draft.name() != null
                && tools.existsByNameIgnoreCaseAndIdNot(draft.name().strip(), id)) {
            throw new DomainValidationException("tool.error.duplicate", "The register already has a tool by that name");
        }
        ToolDraft before = tool.asDraft();
        tool.write(draft, clock.instant());
        AiTool saved = tools.saveAndFlush(tool);
        audit.record(
                RECORD_TYPE,
                id,
                "UPDATED",
                AuditChange.of("name", before.name(), saved.name()),
                AuditChange.of("vendor", before.vendor(), saved.vendor()),
                AuditChange.of("description", before.description(), saved.description()),
                AuditChange.of("hosting", before.hosting(), saved.hosting()),
                AuditChange.of("transferDetails", before.transferDetails(), saved.transferDetails()));
        return saved;
    }

    /**
     * The current actor's organisation decides on a tool. An approval names the classes of data it covers, an
     * approved assessment of the organisation's own that it rests on, and how long it is valid; a refusal says why.
     *
     * @param expectedApprovalVersion the version of the organisation's decision the form showed, {@code null} when
     *                                it showed none (a decision taken meanwhile is then not overwritten)
     */
    @ToolStewards
    @Transactional
    public ToolApproval decide(Long toolId, Long expectedApprovalVersion, ApprovalDraft draft) {
        Actor actor = currentActor.get();
        AiTool tool = tools.findById(toolId == null ? -1L : toolId).orElseThrow(ToolService::notFound);
        String note = draft.note() == null || draft.note().isBlank()
                ? null
                : draft.note().strip();
        if (note != null && note.length() > 1000) {
            throw new DomainValidationException("tool.error.length", "Too long");
        }
        if (draft.approved()) {
            checkApproval(actor, draft);
        } else if (note == null) {
            throw new DomainValidationException("tool.error.refusalReason", "Say why the tool is not approved");
        }
        ToolApproval approval = approvals
                .findByToolIdAndOrganisationId(toolId, actor.organisationId())
                .orElse(null);
        if (approval == null
                ? expectedApprovalVersion != null
                : !Objects.equals(expectedApprovalVersion, approval.version())) {
            throw new StaleEditException("Tool approval", toolId);
        }
        ApprovalState before = approval == null ? ApprovalState.NOT_DECIDED : approval.stateOn(today());
        if (approval == null) {
            approval = new ToolApproval(tool, entityManager.find(Organisation.class, actor.organisationId()));
        }
        approval.decide(draft, note, actor.displayName(), clock.instant());
        ToolApproval saved = approvals.saveAndFlush(approval);
        audit.record(
                RECORD_TYPE,
                toolId,
                "DECIDED",
                AuditChange.of("organisation", null, actor.organisationCode()),
                AuditChange.of("state", before, saved.stateOn(today())),
                AuditChange.of(
                        "dataClasses",
                        null,
                        saved.dataClasses().isEmpty()
                                ? null
                                : saved.dataClasses().stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .collect(Collectors.joining(", "))),
                AuditChange.of("assessment", null, saved.assessmentId()),
                AuditChange.of("validUntil", null, saved.validUntil()),
                AuditChange.of("note", null, saved.note()));
        return saved;
    }

    private void checkApproval(Actor actor, ApprovalDraft draft) {
        if (draft.dataClasses().isEmpty()) {
            throw new DomainValidationException(
                    "tool.error.dataClasses", "Say for which classes of data it is approved");
        }
        if (draft.validUntil() == null || !draft.validUntil().isAfter(today())) {
            throw new DomainValidationException("tool.error.validUntil", "An approval needs a future end date");
        }
        Assessment assessment = draft.assessmentId() == null
                ? null
                : assessments.findReadable(draft.assessmentId()).orElse(null);
        if (assessment == null
                || !assessment.status().isApproved()
                || !assessment.ownerOrganisation().id().equals(actor.organisationId())) {
            throw new DomainValidationException(
                    "tool.error.assessment", "An approval rests on an approved assessment of your own organisation");
        }
    }

    private ToolDetail.Decision decision(ToolApproval approval, Map<Long, String> titles, LocalDate today) {
        return new ToolDetail.Decision(
                approval.organisation().id(),
                approval.organisation().name(),
                approval.stateOn(today),
                approval.dataClasses(),
                approval.assessmentId(),
                approval.assessmentId() == null ? null : titles.get(approval.assessmentId()),
                approval.validUntil(),
                approval.note(),
                approval.decidedByName(),
                approval.decidedAt(),
                approval.version());
    }

    private static boolean isSteward(Actor actor) {
        return RoleSets.admits(actor, ToolStewards.class);
    }

    private static DomainValidationException notFound() {
        return new DomainValidationException("tool.error.notFound", "No such tool");
    }

    // ---- expiry reminders -----------------------------------------------------------------------------------

    /** An approval that runs out soon, for its organisation's assessors. */
    public record ExpiringApproval(
            Long approvalId, Long toolId, String toolName, Long organisationId, LocalDate validUntil) {}

    /** Approvals running out within {@value #EXPIRY_WARNING_DAYS} days that nobody was reminded of yet. */
    @SystemAccess("The daily expiry reminder runs outside any user's request")
    public List<ExpiringApproval> expiringApprovalsToRemind() {
        LocalDate today = today();
        return approvals.expiringUnreminded(today, today.plusDays(EXPIRY_WARNING_DAYS)).stream()
                .map(a -> new ExpiringApproval(
                        a.id(), a.tool().id(), a.tool().name(), a.organisation().id(), a.validUntil()))
                .toList();
    }

    @SystemAccess("The daily expiry reminder records that it has reminded, so that it reminds once per approval")
    @Transactional
    public void markExpiryReminded(Long approvalId, LocalDate validUntil) {
        approvals.markExpiryReminded(approvalId, validUntil);
    }
}
