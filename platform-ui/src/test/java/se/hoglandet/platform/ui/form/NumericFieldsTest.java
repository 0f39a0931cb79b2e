package se.hoglandet.platform.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.hoglandet.platform.academy.ui.CourseView;
import se.hoglandet.platform.academy.ui.CoursesView;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.initiative.ui.InitiativeView;
import se.hoglandet.platform.procurement.Participant;
import se.hoglandet.platform.procurement.ui.ContractsView;
import se.hoglandet.platform.procurement.ui.ProcurementView;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Every form with a numeric field, in the browserless UI: a number typed with a period, a letter, or past what the
 * record can hold is refused with a Swedish sentence (in the form and at the field) and nothing is saved; the
 * Swedish decimal comma and spaced thousands are accepted and saved as meant.
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class NumericFieldsTest extends SpringBrowserlessTest {

    static final String FORMAT = "Skriv ett tal med decimalkomma, till exempel 10,5 eller 480 000.";
    static final String AMOUNT = "Beloppet ska vara mellan 0 och 9 999 999 999 999,99 kr, med högst två decimaler.";

    @Autowired
    LocalAuthenticationProvider localAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void contractValueNoticeAndOptionsUsed() {
        signIn("vetlanda.procurement");
        navigate(ContractsView.class);
        test($(Button.class).id("create-contract")).click();
        String subject = "Numerisk prövning " + System.nanoTime();
        test($(TextField.class).id("contract-supplier")).setValue("Leverantör AB");
        test($(TextField.class).id("contract-subject")).setValue(subject);
        test($(ComboBox.class).id("contract-category")).selectItem("Annat");
        test($(DatePicker.class).id("contract-starts")).setValue(LocalDate.of(2026, 1, 1));
        test($(DatePicker.class).id("contract-ends")).setValue(LocalDate.of(2028, 12, 31));

        refused("contract-value", "10.999", "save-contract", FORMAT);
        refused("contract-value", "99999999999999999", "save-contract", AMOUNT);
        refused("contract-value", "12,345", "save-contract", AMOUNT);
        type("contract-value", "");
        refused("contract-notice", "tre", "save-contract", FORMAT);
        refused("contract-notice", "40", "save-contract", "Värdet ska vara mellan 0 och 36.");
        refused("contract-used", "1,5", "save-contract", "Skriv ett heltal, till exempel 12.");
        assertThat(contracts(subject)).isZero();

        type("contract-notice", "6");
        type("contract-used", "0");
        type("contract-value", "480 000,50");
        test($(Button.class).id("save-contract")).click();

        assertThat(contracts(subject)).isOne();
        assertThat(jdbc.queryForObject(
                        "select contract_value from contract where subject = ?", BigDecimal.class, subject))
                .isEqualByComparingTo("480000.50");
    }

    @Test
    void participantsEstimatedValueLeavesTheStatusAloneWhenRefused() {
        // Eksjö takes part in the demo joint procurement; its procurement officer changes Eksjö's own part.
        Long procurement = jdbc.queryForObject("select min(id) from procurement where demo = true", Long.class);
        String code = "eksjo";
        Long participant = jdbc.queryForObject(
                "select x.id from procurement_participant x join organisation o on o.id = x.organisation_id"
                        + " where x.procurement_id = ? and o.code = ?",
                Long.class,
                procurement,
                code);
        signIn("eksjo.procurement");
        navigate("procurements/" + procurement, ProcurementView.class);
        long versionBefore = jdbc.queryForObject(
                "select version from procurement_participant where id = ?", Long.class, participant);
        // The change button lives in the participants grid's last column.
        @SuppressWarnings("unchecked")
        Grid<Participant> grid = $(Grid.class).id("participants");
        int row = 0;
        while (!test(grid).getRow(row).organisation().code().equals(code)) {
            row++;
        }
        test((Button) test(grid).getCellComponent(row, grid.getColumns().size() - 1))
                .click();

        refused("participant-value", "1.500", "save-participant", FORMAT);
        refused("participant-value", "-5", "save-participant", AMOUNT);
        assertThat(jdbc.queryForObject(
                        "select version from procurement_participant where id = ?", Long.class, participant))
                .isEqualTo(versionBefore);

        type("participant-value", "1 250 000,5");
        test($(Button.class).id("save-participant")).click();
        assertThat(jdbc.queryForObject(
                        "select estimated_value from procurement_participant where id = ?",
                        BigDecimal.class,
                        participant))
                .isEqualByComparingTo("1250000.50");
    }

    @Test
    void effectIndicatorAndMeasurement() {
        // The initiative dialogs bind their numbers through a Binder: the refusal is shown at the field itself.
        signIn("eksjo.project-lead");
        Long initiative = jdbc.queryForObject(
                "select min(i.id) from initiative i join organisation o on o.id = i.owner_organisation_id"
                        + " where o.code = 'eksjo' and i.demo = true",
                Long.class);
        navigate("initiatives/" + initiative, InitiativeView.class);
        String name = "Handläggningstid " + System.nanoTime();
        test($(Button.class).id("add-effect")).click();
        test($(TextField.class).id("effect-name")).setValue(name);
        test($(TextField.class).id("effect-unit")).setValue("dagar");
        type("effect-target", "4,5");
        refusedAtField("effect-baseline", "6.5", "save-effect", FORMAT);
        refusedAtField("effect-baseline", "abc", "save-effect", FORMAT);
        refusedAtField(
                "effect-baseline",
                "1,23456",
                "save-effect",
                "Värdet får ha högst 15 siffror före och 4 efter decimalkommat.");
        assertThat(jdbc.queryForObject("select count(*) from effect_indicator where name = ?", Long.class, name))
                .isZero();

        type("effect-baseline", "6,5");
        test($(Button.class).id("save-effect")).click();
        Long indicator = jdbc.queryForObject("select id from effect_indicator where name = ?", Long.class, name);
        assertThat(jdbc.queryForObject(
                        "select baseline from effect_indicator where id = ?", BigDecimal.class, indicator))
                .isEqualByComparingTo("6.5");

        test($(Button.class).id("measure-" + indicator)).click();
        refusedAtField("measurement-value", "5.25", "save-measurement", FORMAT);
        type("measurement-value", "-5,25");
        test($(Button.class).id("save-measurement")).click();
        assertThat(jdbc.queryForObject(
                        "select measured from effect_measurement where indicator_id = ?", BigDecimal.class, indicator))
                .isEqualByComparingTo("-5.25");
    }

    @Test
    void courseValidityAndSessionCapacityAndQuotas() {
        signIn("hoglandsforbundet.academy-admin");
        navigate(CoursesView.class);
        test($(Button.class).id("create-course")).click();
        String title = "Kurs " + System.nanoTime();
        test($(TextField.class).id("course-title")).setValue(title);
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("course-description"))
                .setValue("Prövning av sifferfälten");
        test($(ComboBox.class).id("course-topic")).selectItem(topicLabel());
        test($(ComboBox.class).id("course-format")).selectItem(formatLabel());
        refused("course-validity", "12,5", "save-course", "Skriv ett heltal, till exempel 12.");
        refused("course-validity", "0", "save-course", "Värdet ska vara mellan 1 och 120.");
        assertThat(jdbc.queryForObject("select count(*) from course where title = ?", Long.class, title))
                .isZero();
        type("course-validity", "24");
        test($(Button.class).id("save-course")).click();
        Long course = jdbc.queryForObject("select id from course where title = ?", Long.class, title);
        assertThat(jdbc.queryForObject("select validity_months from course where id = ?", Integer.class, course))
                .isEqualTo(24);

        navigate("academy/courses/" + course, CourseView.class);
        test($(Button.class).id("add-session")).click();
        test($(TextField.class).id("session-name")).setValue("Tillfälle 1");
        refused("session-capacity", "tjugo", "save-session", FORMAT);
        refused("session-capacity", "0", "save-session", "Värdet ska vara mellan 1 och 10\u00A0000.");
        assertThat(jdbc.queryForObject("select count(*) from course_session where course_id = ?", Long.class, course))
                .isZero();
    }

    private String topicLabel() {
        return $(ComboBox.class)
                .id("course-topic")
                .getListDataView()
                .getItems()
                .map(item -> $(ComboBox.class)
                        .id("course-topic")
                        .getItemLabelGenerator()
                        .apply(item))
                .findFirst()
                .orElseThrow()
                .toString();
    }

    private String formatLabel() {
        return $(ComboBox.class)
                .id("course-format")
                .getListDataView()
                .getItems()
                .map(item -> $(ComboBox.class)
                        .id("course-format")
                        .getItemLabelGenerator()
                        .apply(item))
                .findFirst()
                .orElseThrow()
                .toString();
    }

    /** Types, saves, and expects the form and the field to refuse with {@code message}, the dialog still open. */
    private void refused(String field, String typed, String save, String message) {
        type(field, typed);
        test($(Button.class).id(save)).click();
        assertThat($(Dialog.class).first().isOpened())
                .as("dialog open after %s", typed)
                .isTrue();
        assertThat($(FormError.class).first().getText())
                .as("form message for %s", typed)
                .isEqualTo(message);
        TextField input = $(TextField.class).id(field);
        assertThat(input.isInvalid()).as("field marked for %s", typed).isTrue();
        assertThat(input.getErrorMessage()).isEqualTo(message);
    }

    /** Types, saves, and expects the field to refuse with {@code message}, the dialog still open. */
    private void refusedAtField(String field, String typed, String save, String message) {
        type(field, typed);
        test($(Button.class).id(save)).click();
        assertThat($(Dialog.class).first().isOpened())
                .as("dialog open after %s", typed)
                .isTrue();
        TextField input = $(TextField.class).id(field);
        assertThat(input.isInvalid()).as("field marked for %s", typed).isTrue();
        assertThat(input.getErrorMessage()).isEqualTo(message);
    }

    private void type(String field, String typed) {
        test($(TextField.class).id(field)).setValue(typed);
    }

    private long contracts(String subject) {
        return jdbc.queryForObject("select count(*) from contract where subject = ?", Long.class, subject);
    }

    private void signIn(String username) {
        var authentication =
                localAccounts.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "demo"));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
