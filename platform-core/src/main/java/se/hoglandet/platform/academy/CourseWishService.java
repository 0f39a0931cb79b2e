package se.hoglandet.platform.academy;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;

/**
 * Course wishes: anyone signed in (a network, through its coordinators) asks the academy for a course; academy
 * administrators see the open wishes as tasks and answer each with a course of the catalogue.
 */
@Service
@Transactional(readOnly = true)
public class CourseWishService {

    static final String RECORD_TYPE = "course-wish";

    private final CourseWishRepository wishes;
    private final CourseRepository courses;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    CourseWishService(
            CourseWishRepository wishes,
            CourseRepository courses,
            CurrentActor currentActor,
            AuditLog audit,
            Clock clock) {
        this.wishes = wishes;
        this.courses = courses;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @RequiresLogin
    @Transactional
    public CourseWish wish(CourseWishDraft draft) {
        Actor actor = currentActor.get();
        CourseWish wish =
                wishes.saveAndFlush(new CourseWish(draft, actor.personId(), actor.displayName(), clock.instant()));
        audit.record(
                RECORD_TYPE,
                wish.id(),
                "CREATED",
                AuditChange.of("topic", null, wish.topic()),
                AuditChange.of("origin", null, wish.origin()));
        return wish;
    }

    /** Wishes still waiting for a course, oldest first. */
    @RequiresRole(Role.ACADEMY_ADMIN)
    public Page<CourseWish> open(Pageable pageable) {
        return wishes.findByStatusOrderByCreatedAtAscIdAsc(CourseWish.Status.OPEN, pageable);
    }

    /** Answers a wish with a course of the catalogue; refused if someone answered it in between. */
    @RequiresRole(Role.ACADEMY_ADMIN)
    @Transactional
    public CourseWish answer(Long wishId, long expectedVersion, Long courseId) {
        CourseWish wish = wishes.findById(wishId == null ? -1L : wishId)
                .orElseThrow(() -> new DomainValidationException("courseWish.error.notFound", "No such wish"));
        if (wish.version() != expectedVersion) {
            throw new StaleEditException("Course wish", wishId);
        }
        Course course = courseId == null ? null : courses.findById(courseId).orElse(null);
        wish.answerWith(course, clock.instant());
        CourseWish saved = wishes.saveAndFlush(wish);
        audit.record(RECORD_TYPE, wishId, "ANSWERED", AuditChange.of("course", null, course.title()));
        return saved;
    }

    /** Wishes by id with the title of the course that answered each (absent while open), e.g. for a network. */
    @RequiresLogin
    public List<Answered> answers(Collection<Long> wishIds) {
        if (wishIds.isEmpty()) {
            return List.of();
        }
        List<CourseWish> found = wishes.findByIdIn(wishIds);
        Map<Long, Course> answering = courses
                .findAllById(found.stream()
                        .map(CourseWish::courseId)
                        .filter(java.util.Objects::nonNull)
                        .toList())
                .stream()
                .collect(Collectors.toMap(Course::id, Function.identity()));
        return found.stream()
                .map(w -> new Answered(
                        w.id(),
                        w.courseId(),
                        w.courseId() == null
                                ? null
                                : answering.get(w.courseId()).title()))
                .toList();
    }

    /** A wish and the course that answered it; {@code courseId} and {@code courseTitle} are null while open. */
    public record Answered(Long wishId, Long courseId, String courseTitle) {}
}
