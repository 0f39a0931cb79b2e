package se.hoglandet.platform.academy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Many people press "enrol" for the last seats at the same moment, on MariaDB with real concurrent transactions:
 * exactly the capacity is confirmed, everyone else is on the waitlist with distinct places, and a cancellation
 * racing new enrolments still ends with a full session, never an overbooked one.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class ParallelEnrolmentTest {

    @Autowired
    CourseService courses;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void concurrentEnrolmentsForTheLastSeatsNeverOverbook() throws Exception {
        AssessmentFixture persons = new AssessmentFixture(assessments, templates, people, actingAs);
        AcademyFixture academy =
                new AcademyFixture(courses, actingAs, persons.person("hoglandsforbundet", Role.ACADEMY_ADMIN));
        for (int capacity : new int[] {1, 3}) {
            CourseSession session = academy.session(academy.course(true, 24, Set.of()), capacity, Map.of(), false);
            List<Actor> crowd = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                crowd.add(persons.person(i % 2 == 0 ? "nassjo" : "vetlanda"));
            }
            runTogether(crowd, actor -> enrolments.enrol(session.id()));

            assertThat(count(session, "CONFIRMED")).as("capacity %d", capacity).isEqualTo(capacity);
            assertThat(count(session, "WAITLISTED")).isEqualTo(12 - capacity);
            List<Long> positions = new ArrayList<>();
            for (Actor actor : crowd) {
                Long id = jdbc.queryForObject(
                        "select id from enrolment where session_id = ? and person_id = ?",
                        Long.class,
                        session.id(),
                        actor.personId());
                positions.add(actingAs.as(actor, () -> enrolments.waitlistPosition(id)));
            }
            assertThat(positions.stream().filter(p -> p > 0).sorted().toList())
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 12 - capacity)
                            .boxed()
                            .toList());

            // Cancellations racing new enrolments: the session ends full, not overbooked.
            List<Actor> confirmed = crowd.stream()
                    .filter(a -> jdbc.queryForObject(
                                    "select status from enrolment where session_id = ? and person_id = ?",
                                    String.class,
                                    session.id(),
                                    a.personId())
                            .equals("CONFIRMED"))
                    .toList();
            List<Actor> latecomers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                latecomers.add(persons.person("aneby"));
            }
            List<Actor> everyone = new ArrayList<>(confirmed);
            everyone.addAll(latecomers);
            runTogether(
                    everyone,
                    actor -> confirmed.contains(actor)
                            ? enrolments.cancel(jdbc.queryForObject(
                                    "select id from enrolment where session_id = ? and person_id = ?",
                                    Long.class,
                                    session.id(),
                                    actor.personId()))
                            : enrolments.enrol(session.id()));
            assertThat(count(session, "CONFIRMED")).isEqualTo(capacity);
        }
    }

    private void runTogether(List<Actor> actors, java.util.function.Function<Actor, Object> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(actors.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (Actor actor : actors) {
                results.add(pool.submit(() -> {
                    actingAs.set(actor);
                    try {
                        start.await();
                        return action.apply(actor);
                    } finally {
                        actingAs.anonymous();
                    }
                }));
            }
            start.countDown();
            for (Future<Object> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(CourseSession session, String status) {
        return jdbc.queryForObject(
                "select count(*) from enrolment where session_id = ? and status = ?", Long.class, session.id(), status);
    }
}
