package se.hoglandet.platform.network.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import se.hoglandet.platform.academy.Course;
import se.hoglandet.platform.academy.CourseFilter;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.CourseWish;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.network.MemberRole;
import se.hoglandet.platform.network.OutcomeKind;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.SignedInViewTest;

/**
 * The network pages' forms and dialogs on the real test MariaDB: each valid save persists, each bad input is refused
 * with the core's Swedish sentence and nothing saved (a blank name, a meeting ending before it starts, a member
 * added twice, an action without an owner), a stale edit is told so, and the talk-to-action path: a decision
 * becomes a level-3 initiative that the network page lists as its outcome.
 */
class NetworkPagesTest extends SignedInViewTest {

    private static final String COORDINATOR = "eksjo.project-lead";

    @Autowired
    PersonService people;

    @Autowired
    CourseService courses;

    @Test
    void aNetworkIsFoundedAMeetingPlannedAndBadInputRefused() {
        Person nassjo = personOf("nassjo.member");
        signIn(COORDINATOR);
        Person coordinator = people.myProfile();
        Long network = found("Nätverk för test " + System.nanoTime());

        test($(Button.class).id("add-member")).click();
        choose("member-person", coordinator);
        test($(Button.class).id("save-member")).click();
        assertRefusedInDialog("Personen är redan medlem i nätverket.");
        choose("member-person", nassjo);
        test($(Button.class).id("save-member")).click();
        assertDone("Medlemmen är tillagd.");
        assertThat(count("select count(*) from network_member where network_id = ?", network))
                .isEqualTo(2);

        test($(Button.class).id("plan-meeting")).click();
        test($(TextField.class).id("meeting-title")).setValue("Första träffen");
        test($(DateTimePicker.class).id("meeting-starts")).setValue(LocalDateTime.of(2026, 12, 1, 10, 0));
        test($(DateTimePicker.class).id("meeting-ends")).setValue(LocalDateTime.of(2026, 12, 1, 9, 0));
        test($(TextField.class).id("meeting-place")).setValue("Stadshuset");
        test($(TextArea.class).id("meeting-agenda")).setValue("Läget\nNästa steg");
        test($(Button.class).id("save-meeting")).click();
        assertRefusedInDialog("Mötet måste sluta efter att det börjar.");
        assertThat(count("select count(*) from network_meeting where network_id = ?", network))
                .isZero();

        test($(DateTimePicker.class).id("meeting-ends")).setValue(LocalDateTime.of(2026, 12, 1, 12, 0));
        test($(Button.class).id("save-meeting")).click();
        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        Long meeting = jdbc.queryForObject("select id from network_meeting where network_id = ?", Long.class, network);
        assertThat(count("select count(*) from network_agenda_item where meeting_id = ?", meeting))
                .isEqualTo(2);

        jdbc.update("update network_meeting set version = version + 1 where id = ?", meeting);
        test($(Button.class).id("reschedule-meeting")).click();
        test($(TextField.class).id("meeting-place")).setValue("Biblioteket");
        test($(Button.class).id("save-meeting")).click();
        assertRefusedInDialog(STALE);
        assertThat(jdbc.queryForObject("select place from network_meeting where id = ?", String.class, meeting))
                .isEqualTo("Stadshuset");
    }

    @Test
    void anActionNeedsAnOwnerAndItsOwnerMovesItOn() {
        Person nassjo = personOf("nassjo.member");
        signIn(COORDINATOR);
        Long network = found("Nätverk med åtgärder " + System.nanoTime());
        Long meeting = plan(network);

        test($(Button.class).id("give-action")).click();
        test($(TextField.class).id("action-title")).setValue("Boka lokal");
        test($(DatePicker.class).id("action-due")).setValue(LocalDate.of(2027, 1, 15));
        test($(Button.class).id("save-action")).click();
        assertRefusedInDialog("En åtgärd måste ha en ansvarig.");
        assertThat(count("select count(*) from network_action where meeting_id = ?", meeting))
                .isZero();
        choose("action-owner", nassjo);
        test($(Button.class).id("save-action")).click();
        assertDone("Åtgärden är sparad och den ansvariga har fått besked.");
        Long action = jdbc.queryForObject("select id from network_action where meeting_id = ?", Long.class, meeting);

        signIn("nassjo.member");
        navigate("networks/actions/" + action, ActionView.class);
        test($(Button.class).id("action-drop")).click();
        test($(Button.class).id("save-drop-reason")).click();
        assertRefusedInDialog("Skriv varför åtgärden avbryts.");
        test($(Button.class).id("dialog-cancel")).click();
        test($(Button.class).id("action-done")).click();
        assertDone("Åtgärden är klar.");
        assertThat(jdbc.queryForObject("select status from network_action where id = ?", String.class, action))
                .isEqualTo("DONE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDecisionBecomesAJointInitiativeListedAsTheNetworksOutcome() {
        signIn(COORDINATOR);
        Long network = found("Nätverk som gör " + System.nanoTime());
        Long meeting = plan(network);
        test($(Button.class).id("add-decision")).click();
        test($(Button.class).id("save-decision")).click();
        assertRefusedInDialog("Skriv beslutet (högst 2000 tecken).");
        String text = "Vi tar fram en gemensam tjänst för protokoll " + System.nanoTime();
        test($(TextArea.class).id("decision-text")).setValue(text);
        test($(Button.class).id("save-decision")).click();
        Long decision =
                jdbc.queryForObject("select id from network_decision where meeting_id = ?", Long.class, meeting);

        test($(Button.class).id("promote-decision-" + decision)).click();
        ((RadioButtonGroup<OutcomeKind>) $(RadioButtonGroup.class).id("promotion-kind"))
                .setValue(OutcomeKind.INITIATIVE);
        ((ComboBox<Area>) $(ComboBox.class).id("promotion-area")).setValue(Area.values()[0]);
        test($(TextArea.class).id("promotion-description")).setValue("En tjänst som skriver utkast till protokoll.");
        test($(Button.class).id("save-promotion")).click();
        assertThat($(FormError.class).all()).extracting(FormError::getText).allMatch(String::isEmpty);

        assertThat(getCurrentView()).isInstanceOf(NetworkView.class);
        assertThat(jdbc.queryForObject(
                        "select collaboration_level from initiative where title = ?", Integer.class, text))
                .isEqualTo(3);
        assertThat(count("select count(*) from network_outcome where network_id = ?", network))
                .isOne();
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("network-outcomes")
                        .getElement()
                        .getTextRecursively())
                .contains(text);
    }

    @Test
    void aQuestionIsAskedAnsweredAndMarkedSolved() {
        signIn(COORDINATOR);
        Long network = found("Nätverk med frågor " + System.nanoTime());
        test($(Button.class).id("ask-question")).click();
        test($(Button.class).id("save-question")).click();
        assertRefusedInDialog("Skriv frågan i korthet (högst 200 tecken).");
        test($(TextField.class).id("question-title")).setValue("Vilka mallar använder ni?");
        test($(TextArea.class).id("question-body")).setValue("Vi söker en mall för konsekvensbedömning.");
        test($(Button.class).id("save-question")).click();
        assertThat(getCurrentView()).isInstanceOf(QuestionView.class);
        Long question =
                jdbc.queryForObject("select id from network_question where network_id = ?", Long.class, network);

        test($(Button.class).id("answer-question")).click();
        test($(Button.class).id("save-answer")).click();
        assertRefusedInDialog("Skriv ett svar på frågan (högst 4000 tecken).");
        test($(TextArea.class).id("answer")).setValue("Vi använder förbundets mall.");
        test($(Button.class).id("save-answer")).click();
        assertDone("Svaret är publicerat.");
        Long answer = jdbc.queryForObject("select id from network_answer where question_id = ?", Long.class, question);
        test($(Button.class).id("mark-solving-" + answer)).click();
        assertThat(jdbc.queryForObject(
                        "select solving_answer_id from network_question where id = ?", Long.class, question))
                .isEqualTo(answer);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCourseWishFromANetworkIsAnsweredWithACourse() {
        signIn(COORDINATOR);
        Long network = found("Nätverk som önskar " + System.nanoTime());
        plan(network);
        test($(Button.class).id("add-decision")).click();
        String topic = "Kurs i promptskrivning " + System.nanoTime();
        test($(TextArea.class).id("decision-text")).setValue(topic);
        test($(Button.class).id("save-decision")).click();
        Long decision = jdbc.queryForObject("select id from network_decision where text = ?", Long.class, topic);
        test($(Button.class).id("promote-decision-" + decision)).click();
        ((RadioButtonGroup<OutcomeKind>) $(RadioButtonGroup.class).id("promotion-kind"))
                .setValue(OutcomeKind.COURSE_WISH);
        test($(TextArea.class).id("promotion-description")).setValue("Handläggare vill skriva bättre frågor.");
        test($(Button.class).id("save-promotion")).click();
        Long wish = jdbc.queryForObject("select id from course_wish where topic = ?", Long.class, topic);

        signIn("hoglandsforbundet.academy-admin");
        navigate(se.hoglandet.platform.academy.ui.CourseWishesView.class);
        Grid<CourseWish> wishes = $(Grid.class).id("course-wishes");
        var tester = test(wishes);
        int row = java.util.stream.IntStream.range(0, tester.size())
                .filter(r -> tester.getRow(r).id().equals(wish))
                .findFirst()
                .orElseThrow();
        ((Button) tester.getCellComponent(row, 4)).click();
        test($(Button.class).id("save-wish-answer")).click();
        assertRefusedInDialog("Välj kursen som besvarar önskemålet.");
        Course course = courses.catalogue(CourseFilter.none(), PageRequest.of(0, 1))
                .getContent()
                .getFirst();
        ((ComboBox<Course>) $(ComboBox.class).id("wish-course")).setValue(course);
        test($(Button.class).id("save-wish-answer")).click();
        assertThat(jdbc.queryForObject("select course_id from course_wish where id = ?", Long.class, wish))
                .isEqualTo(course.id());
    }

    /** Founds a network through the list's dialog (a blank one refused first) and returns its id. */
    private Long found(String name) {
        navigate(NetworksView.class);
        test($(Button.class).id("new-network")).click();
        test($(Button.class).id("save-network")).click();
        assertRefusedInDialog("Ange nätverkets namn (högst 200 tecken).");
        test($(TextField.class).id("network-name")).setValue(name);
        test($(TextArea.class).id("network-purpose")).setValue("Vi delar erfarenheter och gör saker ihop.");
        test($(Button.class).id("save-network")).click();
        assertThat(getCurrentView()).isInstanceOf(NetworkView.class);
        assertDone("Nätverket är sparat.");
        Long id = jdbc.queryForObject("select id from network where name = ?", Long.class, name);
        assertThat(jdbc.queryForObject("select role from network_member where network_id = ?", String.class, id))
                .isEqualTo(MemberRole.COORDINATOR.name());
        return id;
    }

    /** Plans a meeting on the network's page and returns its id (the meeting page is open then). */
    private Long plan(Long network) {
        test($(Button.class).id("plan-meeting")).click();
        test($(TextField.class).id("meeting-title")).setValue("Träff");
        test($(DateTimePicker.class).id("meeting-starts")).setValue(LocalDateTime.of(2026, 12, 2, 9, 0));
        test($(DateTimePicker.class).id("meeting-ends")).setValue(LocalDateTime.of(2026, 12, 2, 11, 0));
        test($(TextField.class).id("meeting-place")).setValue("Stadshuset");
        test($(Button.class).id("save-meeting")).click();
        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        return jdbc.queryForObject("select id from network_meeting where network_id = ?", Long.class, network);
    }

    /** The directory person of a demo account (signed in once, so that the person exists). */
    private Person personOf(String username) {
        signIn(username);
        return people.myProfile();
    }

    @SuppressWarnings("unchecked")
    private void choose(String id, Person person) {
        ((ComboBox<Person>) $(ComboBox.class).id(id)).setValue(person);
    }

    private long count(String sql, Long id) {
        return jdbc.queryForObject(sql, Long.class, id);
    }
}
