package se.hoglandet.platform.assessment;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.Texts;
import se.hoglandet.platform.shared.guard.RequiresLogin;

/**
 * The shared expert pool (collaboration level 2): an organisation's assessors ask a lawyer, DPO or security
 * specialist of another organisation to review one of its assessments. The expert reads the assessment while the
 * request is open, may sign off in the requested role when the assessment is in review, and answers (or declines);
 * request and answer stay on the assessment, and in its history.
 */
@Service
@Transactional(readOnly = true)
public class ExpertReviewService {

    /** The roles the pool offers. */
    public static final Set<Role> EXPERT_ROLES = EnumSet.of(Role.LAWYER, Role.DPO, Role.INFOSEC);

    private final ReviewRequestRepository requests;
    private final AssessmentRepository assessments;
    private final AssessmentService assessmentService;
    private final PersonService people;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpertReviewService(
            ReviewRequestRepository requests,
            AssessmentRepository assessments,
            AssessmentService assessmentService,
            PersonService people,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.assessments = assessments;
        this.assessmentService = assessmentService;
        this.people = people;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The pool for one role: holders of it in the other organisations. */
    @Assessors
    public List<Person> experts(Role role) {
        if (!EXPERT_ROLES.contains(role)) {
            return List.of();
        }
        return people.expertsOutside(currentActor.get().organisationId(), role);
    }

    /** The owner organisation's assessors ask an expert of another organisation to review, in a role. */
    @Assessors
    @Transactional
    public ReviewRequest request(Long assessmentId, Long expertPersonId, Role role, String message) {
        Actor actor = currentActor.get();
        Assessment assessment = assessmentService
                .findReadable(assessmentId)
                .orElseThrow(() -> new DomainValidationException("assessment.error.notFound", "No such assessment"));
        if (!AssessmentService.mayWrite(actor, assessment)) {
            throw new PermissionDeniedException("Only the owner organisation's assessors ask for an expert review");
        }
        if (assessment.status().isDecided()) {
            throw new DomainValidationException(
                    "review.error.decided", "A decided assessment is not reviewed any more");
        }
        if (!EXPERT_ROLES.contains(role)) {
            throw new DomainValidationException(
                    "review.error.role", "The pool has lawyers, DPOs and security specialists");
        }
        Person expert = people.expertsOutside(actor.organisationId(), role).stream()
                .filter(p -> p.id().equals(expertPersonId))
                .findFirst()
                .orElseThrow(() -> new DomainValidationException(
                        "review.error.expert", "Choose an expert of another organisation who holds the role"));
        String text = Texts.required(message, 2000, "review.error.message");
        ReviewRequest saved = requests.save(new ReviewRequest(
                assessmentId,
                role,
                expert.id(),
                expert.displayName(),
                expert.organisation().id(),
                expert.organisation().name(),
                actor.personId(),
                actor.displayName(),
                text,
                clock.instant()));
        audit.record(
                AssessmentService.RECORD_TYPE,
                assessmentId,
                "REVIEW_REQUESTED",
                AuditChange.of(
                        "expert",
                        null,
                        expert.displayName() + " (" + expert.organisation().name() + ", " + role + ")"));
        events.publishEvent(new ReviewRequested(
                saved.id(),
                assessmentId,
                assessment.title(),
                expert.id(),
                assessment.ownerOrganisation().name()));
        return saved;
    }

    /** The expert answers with a statement; the request closes and with it the expert's read access. */
    @RequiresLogin
    @Transactional
    public ReviewRequest answer(Long requestId, long expectedVersion, String statement) {
        return close(
                requestId,
                expectedVersion,
                ReviewRequestStatus.ANSWERED,
                Texts.required(statement, 4000, "review.error.answer"));
    }

    /** The expert declines, saying why (e.g. no time, a conflict of interest). */
    @RequiresLogin
    @Transactional
    public ReviewRequest decline(Long requestId, long expectedVersion, String reason) {
        return close(
                requestId,
                expectedVersion,
                ReviewRequestStatus.DECLINED,
                Texts.required(reason, 4000, "review.error.answer"));
    }

    /** The owner organisation's assessors withdraw an open request. */
    @Assessors
    @Transactional
    public ReviewRequest withdraw(Long requestId, long expectedVersion) {
        ReviewRequest request =
                requests.findById(requestId == null ? -1L : requestId).orElseThrow(ExpertReviewService::notFound);
        Assessment assessment =
                assessmentService.findReadable(request.assessmentId()).orElseThrow(ExpertReviewService::notFound);
        if (!AssessmentService.mayWrite(currentActor.get(), assessment)) {
            throw notFound();
        }
        return closed(request, expectedVersion, ReviewRequestStatus.WITHDRAWN, null, assessment);
    }

    /** A review task of the current actor: the request, and the title of the assessment it was about. */
    public record Task(ReviewRequest request, String assessmentTitle) {}

    /** The requests addressed to the current actor, newest first: their review tasks (closed ones too). */
    @RequiresLogin
    public Page<Task> mine(Pageable pageable) {
        return withTitles(requests.findByExpertPersonIdOrderByRequestedAtDesc(
                currentActor.get().personId(), pageable));
    }

    /** The current actor's open review tasks, newest first: what is still waiting for them, paged in the query. */
    @RequiresLogin
    public Page<Task> myOpenTasks(Pageable pageable) {
        return withTitles(requests.findByExpertPersonIdAndStatusOrderByRequestedAtDesc(
                currentActor.get().personId(), ReviewRequestStatus.OPEN, pageable));
    }

    private Page<Task> withTitles(Page<ReviewRequest> page) {
        java.util.Map<Long, String> titles =
                assessments.findAllById(page.map(ReviewRequest::assessmentId).toSet()).stream()
                        .collect(java.util.stream.Collectors.toMap(Assessment::id, Assessment::title));
        return page.map(r -> new Task(r, titles.getOrDefault(r.assessmentId(), "")));
    }

    private ReviewRequest close(Long requestId, long expectedVersion, ReviewRequestStatus outcome, String text) {
        ReviewRequest request =
                requests.findById(requestId == null ? -1L : requestId).orElseThrow(ExpertReviewService::notFound);
        if (!request.expertPersonId().equals(currentActor.get().personId())) {
            // Somebody else's task looks like no task at all.
            throw notFound();
        }
        Assessment assessment = assessments.findById(request.assessmentId()).orElseThrow(ExpertReviewService::notFound);
        return closed(request, expectedVersion, outcome, text, assessment);
    }

    private ReviewRequest closed(
            ReviewRequest request,
            long expectedVersion,
            ReviewRequestStatus outcome,
            String text,
            Assessment assessment) {
        if (request.version() != expectedVersion) {
            throw new StaleEditException("Review request", request.id());
        }
        request.close(outcome, text, clock.instant());
        ReviewRequest saved = requests.saveAndFlush(request);
        audit.record(
                AssessmentService.RECORD_TYPE,
                assessment.id(),
                "REVIEW_" + outcome.name(),
                AuditChange.of("expert", null, request.expertName()));
        if (outcome != ReviewRequestStatus.WITHDRAWN) {
            events.publishEvent(new ReviewAnswered(
                    saved.id(),
                    assessment.id(),
                    assessment.title(),
                    saved.requestedByPersonId(),
                    saved.expertName(),
                    outcome));
        }
        return saved;
    }

    private static DomainValidationException notFound() {
        return new DomainValidationException("review.error.notFound", "No such review request");
    }
}
