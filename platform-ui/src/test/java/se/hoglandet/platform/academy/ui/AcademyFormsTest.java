package se.hoglandet.platform.academy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.hoglandet.platform.academy.Course;
import se.hoglandet.platform.academy.CourseDraft;
import se.hoglandet.platform.academy.CourseFormat;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.CourseSession;
import se.hoglandet.platform.academy.CourseTopic;
import se.hoglandet.platform.academy.Enrolment;
import se.hoglandet.platform.academy.EnrolmentService;
import se.hoglandet.platform.academy.Meeting;
import se.hoglandet.platform.academy.SessionDraft;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.Choice;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The academy's forms and dialogs in the browserless UI on MariaDB: each saves what it should (read back with
 * JDBC), refuses bad input with the Swedish sentence and saves nothing, and a change made on a stale copy is refused
 * with the stale-edit message.
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class AcademyFormsTest extends SpringBrowserlessTest {

    static final String STALE = "Någon annan har ändrat uppgifterna medan du arbetade. Dina ändringar har inte sparats;"
            + " ladda om sidan och gör om dem.";

    @Autowired
    LocalAuthenticationProvider localAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CourseService courses;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    PersonService people;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCourseDialogCreatesACourseRefusesAMissingTitleAndAStaleChange() {
        signIn("hoglandsforbundet.academy-admin");
        navigate(CoursesView.class);
        test($(Button.class).id("create-course")).click();
        String description = "Prövning av kursformuläret " + System.nanoTime();
        test($(TextArea.class).id("course-description")).setValue(description);
        test($(ComboBox.class).id("course-topic")).selectItem("Copilot");
        test($(ComboBox.class).id("course-format")).selectItem("Workshop");
        test($(Button.class).id("save-course")).click();

        assertThat($(Dialog.class).first().isOpened()).isTrue();
        assertThat(refusal()).isEqualTo("Ange kursens namn.");
        assertThat($(TextField.class).id("course-title").isInvalid()).isTrue();
        assertThat(count("select count(*) from course where description = ?", description))
                .isZero();

        String title = "Kurs i formulärprovet " + System.nanoTime();
        test($(TextField.class).id("course-title")).setValue(title);
        test($(Button.class).id("save-course")).click();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CourseView.class);
        Map<String, Object> saved = jdbc.queryForMap(
                "select c.id, c.topic, c.validity_months, o.code from course c"
                        + " join organisation o on o.id = c.organiser_organisation_id where c.title = ?",
                title);
        assertThat(saved.get("topic")).isEqualTo("COPILOT");
        assertThat(saved.get("validity_months")).isNull();
        assertThat(saved.get("code")).isEqualTo("hoglandsforbundet");

        // Someone else saves the course while this administrator has it open.
        test($(Button.class).id("edit-course")).click();
        jdbc.update("update course set version = version + 1 where title = ?", title);
        test($(TextField.class).id("course-title")).setValue(title + " ändrad");
        test($(Button.class).id("save-course")).click();
        assertThat(refusal()).isEqualTo(STALE);
        assertThat(count("select count(*) from course where title = ?", title)).isOne();
    }

    @Test
    void theSessionDialogAddsASessionWithItsMeetingsAndQuotasAndSaysWhatTheServiceRefuses() {
        signIn("hoglandsforbundet.academy-admin");
        Course course = courses.create(courseDraft("Tillfällesprovet " + System.nanoTime()));
        navigate("academy/courses/" + course.id(), CourseView.class);
        test($(Button.class).id("add-session")).click();
        LocalDateTime start =
                LocalDateTime.now(Formats.ZONE).plusDays(20).withHour(9).truncatedTo(ChronoUnit.HOURS);
        test($(TextField.class).id("session-name")).setValue("Höstomgången");
        test($(TextField.class).id("session-place")).setValue("Stadshuset");
        test($(TextField.class).id("session-capacity")).setValue("10");
        test($(TextField.class).id("quota-eksjo")).setValue("4");
        test($(DateTimePicker.class).id("meeting-1-starts")).setValue(start);
        test($(DateTimePicker.class).id("meeting-1-ends")).setValue(start.plusHours(3));
        test($(DateTimePicker.class).id("session-deadline")).setValue(start.minusDays(2));
        // Registration may not close after the first meeting.
        test($(DateTimePicker.class).id("session-closes")).setValue(start.plusDays(1));
        test($(Button.class).id("save-session")).click();

        assertThat(refusal()).isEqualTo("Anmälan ska stänga efter att den öppnat och före första träffen.");
        assertThat(count("select count(*) from course_session where course_id = ?", course.id()))
                .isZero();

        test($(DateTimePicker.class).id("session-closes")).setValue(start.minusDays(1));
        test($(Button.class).id("save-session")).click();
        Long session = jdbc.queryForObject(
                "select id from course_session where course_id = ? and capacity = 10", Long.class, course.id());
        assertThat(count("select count(*) from course_meeting where session_id = ?", session))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select q.seats from course_session_quota q join organisation o on o.id = q.organisation_id"
                                + " where q.session_id = ? and o.code = 'eksjo'",
                        Integer.class,
                        session))
                .isEqualTo(4);
        assertThat($(Button.class).id("enrol-" + session).isVisible()).isTrue();

        navigate("academy/sessions/" + session, SessionAdminView.class);
        test($(Button.class).id("edit-session")).click();
        jdbc.update("update course_session set version = version + 1 where id = ?", session);
        test($(TextField.class).id("session-capacity")).setValue("12");
        test($(Button.class).id("save-session")).click();
        assertThat(refusal()).isEqualTo(STALE);
        assertThat(jdbc.queryForObject("select capacity from course_session where id = ?", Integer.class, session))
                .isEqualTo(10);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerEnrolsAMemberOfStaffOnlyOnceAPersonIsChosen() {
        signIn("nassjo.member");
        signIn("hoglandsforbundet.academy-admin");
        CourseSession session = session(courses.create(courseDraft("Personalprovet " + System.nanoTime())), 20);
        signIn("nassjo.org-admin");
        navigate("academy/courses/" + session.course().id(), CourseView.class);
        test($(Button.class).id("enrol-staff-" + session.id())).click();
        test($(Button.class).id("save-enrol-staff")).click();
        assertThat(refusal()).isEqualTo("Välj en medarbetare i din egen organisation.");
        assertThat(count("select count(*) from enrolment where session_id = ?", session.id()))
                .isZero();

        test($(ComboBox.class).id("enrol-staff-person")).selectItem("Demo Nässjö member");
        test($(Button.class).id("save-enrol-staff")).click();
        assertThat(jdbc.queryForObject(
                        "select status from enrolment where session_id = ? and person_name = 'Demo Nässjö member'",
                        String.class,
                        session.id()))
                .isEqualTo("CONFIRMED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void completionNeedsAttendanceAndAttendanceIsSavedPerMeeting() {
        signIn("vetlanda.member");
        signIn("hoglandsforbundet.academy-admin");
        CourseSession session = session(courses.create(courseDraft("Närvaroprovet " + System.nanoTime())), 5);
        signIn("vetlanda.member");
        Long enrolment = enrolments.enrol(session.id()).id();
        // Time passes: the meeting is behind us.
        Instant begun = Instant.now().minus(2, ChronoUnit.DAYS);
        jdbc.update(
                "update course_meeting set starts_at = ?, ends_at = ? where session_id = ?",
                Timestamp.from(begun),
                Timestamp.from(begun.plus(2, ChronoUnit.HOURS)),
                session.id());
        jdbc.update("update course_session set first_starts_at = ? where id = ?", Timestamp.from(begun), session.id());

        signIn("hoglandsforbundet.academy-admin");
        navigate("academy/sessions/" + session.id(), SessionAdminView.class);
        completeButton("Demo Vetlanda member").click();
        assertThat($(DatePicker.class).id("completion-date").getValue())
                .isEqualTo(begun.atZone(Formats.ZONE).toLocalDate());
        test($(Button.class).id("save-completion")).click();
        assertThat(refusal()).isEqualTo("Registrera deltagarens närvaro innan kursen markeras som genomförd.");
        assertThat(jdbc.queryForObject("select completed_on from enrolment where id = ?", Object.class, enrolment))
                .isNull();
        test($(Button.class).id("dialog-cancel")).click();

        test($(CheckboxGroup.class).id("attendance-present")).selectItem("Demo Vetlanda member");
        test($(Button.class).id("save-attendance")).click();
        assertThat(jdbc.queryForList(
                        "select position from enrolment_attendance where enrolment_id = ?", Integer.class, enrolment))
                .containsExactly(0);

        completeButton("Demo Vetlanda member").click();
        test($(Button.class).id("save-completion")).click();
        Map<String, Object> completed =
                jdbc.queryForMap("select completed_on, certificate_code from enrolment where id = ?", enrolment);
        assertThat(completed.get("completed_on")).isNotNull();
        assertThat(completed.get("certificate_code")).isNotNull();
    }

    @Test
    void aParticipantChecksInWithTheMeetingsCodeAndAWrongCodeIsRefused() {
        signIn("hoglandsforbundet.academy-admin");
        CourseSession session = session(courses.create(courseDraft("Incheckningsprov " + System.nanoTime())), 5);
        signIn("nassjo.project-lead");
        Long enrolment = enrolments.enrol(session.id()).id();
        // The meeting has just begun.
        Instant begun = Instant.now().minus(10, ChronoUnit.MINUTES);
        jdbc.update(
                "update course_meeting set starts_at = ?, ends_at = ? where session_id = ?",
                Timestamp.from(begun),
                Timestamp.from(begun.plus(2, ChronoUnit.HOURS)),
                session.id());
        navigate(MyCoursesView.class);
        test($(TextField.class).id("check-in-code")).setValue("FEL123");
        test($(Button.class).id("check-in")).click();
        assertThat($(FormError.class).first().getText())
                .isEqualTo("Okänd kod, eller så är du inte anmäld till tillfället.");
        assertThat(count("select count(*) from enrolment_attendance where enrolment_id = ?", enrolment))
                .isZero();

        String code = jdbc.queryForObject(
                "select check_in_code from course_session where id = ?", String.class, session.id());
        test($(TextField.class).id("check-in-code")).setValue(code.toLowerCase(Locale.ROOT));
        test($(Button.class).id("check-in")).click();
        assertThat(count("select count(*) from enrolment_attendance where enrolment_id = ?", enrolment))
                .isOne();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Du är incheckad på träff 1.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerApprovesAnEnrolmentFromTheirStaff() {
        signIn("hoglandsforbundet.academy-admin");
        String title = "Godkännandeprov " + System.nanoTime();
        Course course = courses.create(courseDraft(title));
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        CourseSession session = courses.addSession(
                course.id(),
                new SessionDraft(
                        "Med godkännande",
                        List.of(new Meeting(start, start.plus(2, ChronoUnit.HOURS))),
                        "Förbundshuset",
                        null,
                        null,
                        5,
                        Map.of(),
                        Instant.now().minus(1, ChronoUnit.DAYS),
                        start.minus(1, ChronoUnit.DAYS),
                        start.minus(1, ChronoUnit.DAYS),
                        true));
        signIn("vetlanda.project-lead");
        Long enrolment = enrolments.enrol(session.id()).id();
        assertThat(status(enrolment)).isEqualTo("PENDING_APPROVAL");

        signIn("vetlanda.org-admin");
        navigate(MyCoursesView.class);
        Grid<Enrolment> pending = $(Grid.class).id("pending-approvals");
        int row = 0;
        while (!test(pending).getRow(row).session().course().title().equals(title)) {
            row++;
        }
        FlexLayout buttons = (FlexLayout)
                test(pending).getCellComponent(row, pending.getColumns().size() - 1);
        test((Button) buttons.getComponentAt(0)).click();
        assertThat(status(enrolment)).isEqualTo("CONFIRMED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aParticipantNamesTheInitiativeWhereTheCourseIsApplied() {
        signIn("hoglandsforbundet.academy-admin");
        CourseSession session = session(courses.create(courseDraft("Tillämpningsprov " + System.nanoTime())), 5);
        signIn("eksjo.project-lead");
        Long enrolment = enrolments.enrol(session.id()).id();
        long initiative = jdbc.queryForObject(
                "select min(i.id) from initiative i join organisation o on o.id = i.owner_organisation_id"
                        + " where o.code = 'eksjo' and i.demo = true",
                Long.class);
        navigate(MyCoursesView.class);
        applyInButton(enrolment);
        test($(Button.class).id("dialog-save")).click();
        assertThat(refusal()).isEqualTo("Välj ett initiativ som du får läsa.");
        assertThat(appliedIn(enrolment)).isNull();

        $(ComboBox.class).id("applied-initiative").setValue(new Choice(initiative, "demo"));
        test($(Button.class).id("dialog-save")).click();
        assertThat(appliedIn(enrolment)).isEqualTo(initiative);
        assertThat($(Notification.class).all())
                .extracting(n -> test(n).getText())
                .contains("Initiativet där kursen tillämpas är sparat.");

        // Issue 21: someone else changed the enrolment meanwhile.
        applyInButton(enrolment);
        $(ComboBox.class).id("applied-initiative").setValue(new Choice(initiative, "demo"));
        jdbc.update("update enrolment set version = version + 1 where id = ?", enrolment);
        test($(Button.class).id("dialog-save")).click();
        assertThat(refusal()).isEqualTo(STALE);
    }

    /** Clicks "Ange initiativ" in the enrolment's row (rendered by the grid, so reached through its tester). */
    @SuppressWarnings("unchecked")
    private void applyInButton(Long enrolment) {
        Grid<Enrolment> grid = $(Grid.class).id("my-enrolments");
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).id().equals(enrolment)) {
                Button apply = (Button) test(grid)
                        .getCellComponent(row, grid.getColumns().size() - 1)
                        .getChildren()
                        .filter(c -> c.getId()
                                .filter(("apply-in-" + enrolment)::equals)
                                .isPresent())
                        .findFirst()
                        .orElseThrow();
                ComponentUtil.fireEvent(apply, new ClickEvent<>(apply));
                return;
            }
        }
        throw new AssertionError("No row for enrolment " + enrolment);
    }

    private Long appliedIn(Long enrolment) {
        return jdbc.queryForObject(
                "select applied_in_initiative_id from enrolment where id = ?", Long.class, enrolment);
    }

    private String status(Long enrolment) {
        return jdbc.queryForObject("select status from enrolment where id = ?", String.class, enrolment);
    }

    @Test
    void attendanceBeforeTheMeetingHasBegunIsRefused() {
        signIn("hoglandsforbundet.academy-admin");
        CourseSession session = session(courses.create(courseDraft("Tidig närvaro " + System.nanoTime())), 5);
        navigate("academy/sessions/" + session.id(), SessionAdminView.class);
        test($(Button.class).id("save-attendance")).click();
        assertThat($(FormError.class).first().getText())
                .isEqualTo("Närvaro kan registreras först när träffen har börjat.");
    }

    @Test
    void cancellingASessionAsksFirstThenTellsEveryone() {
        signIn("hoglandsforbundet.academy-admin");
        CourseSession session = session(courses.create(courseDraft("Inställt prov " + System.nanoTime())), 5);
        navigate("academy/sessions/" + session.id(), SessionAdminView.class);
        test($(Button.class).id("cancel-session")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).first();
        test(confirm).cancel();
        assertThat(cancelled(session.id())).isFalse();

        test($(Button.class).id("cancel-session")).click();
        test($(ConfirmDialog.class).first()).confirm();
        assertThat(cancelled(session.id())).isTrue();
        assertThat($(Button.class).id("cancel-session").isEnabled()).isFalse();
    }

    /** The completion button sits in the participants grid's last column, drawn per row. */
    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.button.ButtonTester<Button> completeButton(String person) {
        Grid<Enrolment> grid = $(Grid.class).id("participants");
        int row = 0;
        while (!test(grid).getRow(row).personName().equals(person)) {
            row++;
        }
        return test((Button) test(grid).getCellComponent(row, grid.getColumns().size() - 1));
    }

    private boolean cancelled(Long session) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select cancelled from course_session where id = ?", Boolean.class, session));
    }

    private CourseSession session(Course course, int capacity) {
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return courses.addSession(
                course.id(),
                new SessionDraft(
                        "Omgång 1",
                        List.of(new Meeting(start, start.plus(2, ChronoUnit.HOURS))),
                        "Förbundshuset",
                        null,
                        null,
                        capacity,
                        Map.of(),
                        Instant.now().minus(1, ChronoUnit.DAYS),
                        start.minus(1, ChronoUnit.DAYS),
                        start.minus(1, ChronoUnit.DAYS),
                        false));
    }

    private static CourseDraft courseDraft(String title) {
        return new CourseDraft(
                title,
                "Kurs för formulärproven.",
                CourseTopic.AI_BASICS,
                CourseFormat.LECTURE,
                Set.of(),
                Set.of(),
                false,
                null,
                CollaborationLevel.SHARED_COMPETENCE);
    }

    /** The refusal line of the open dialog. */
    private String refusal() {
        return $(FormError.class, $(Dialog.class).first()).first().getText();
    }

    private long count(String sql, Object parameter) {
        return jdbc.queryForObject(sql, Long.class, parameter);
    }

    private void signIn(String username) {
        var authentication =
                localAccounts.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "demo"));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
