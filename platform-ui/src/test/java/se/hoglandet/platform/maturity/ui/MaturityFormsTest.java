package se.hoglandet.platform.maturity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.maturity.SurveyCycle;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The maturity survey's forms in the browserless UI on MariaDB: starting a cycle, uploading a model version (preview
 * first), inviting, answering, submitting the organisation's levels and naming a coordinator each save what they
 * should and refuse incomplete input with the Swedish sentence, saving nothing. (None of these changes an existing
 * versioned record, so there is no stale edit to refuse: a result is replaced whole, a model gets a new version.)
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class MaturityFormsTest extends SpringBrowserlessTest {

    @Autowired
    LocalAuthenticationProvider localAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MaturityService maturity;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void startingACycleNeedsParticipantsAndDatesInOrder() {
        signIn("hoglandsforbundet.federation-staff");
        navigate(MaturityView.class);
        test($(Button.class).id("create-cycle")).click();
        String name = "Formulärprov " + System.nanoTime();
        test($(TextField.class).id("cycle-name")).setValue(name);
        test($(Button.class).id("save-cycle")).click();
        assertThat(refusal()).isEqualTo("Välj de deltagande organisationerna.");
        assertThat(cycles(name)).isZero();

        test($(MultiSelectComboBox.class).id("cycle-organisations")).selectItem("Eksjö kommun", "Vetlanda kommun");
        test($(DatePicker.class).id("cycle-closes"))
                .setValue($(DatePicker.class).id("cycle-opens").getValue().minusDays(1));
        test($(Button.class).id("save-cycle")).click();
        assertThat(refusal()).isEqualTo("Mätningen ska stänga efter att den öppnat.");
        assertThat(cycles(name)).isZero();

        test($(DatePicker.class).id("cycle-closes"))
                .setValue(LocalDate.now(SwedishTime.ZONE).plusWeeks(2));
        test($(Button.class).id("save-cycle")).click();
        assertThat(cycles(name)).isOne();
        assertThat(jdbc.queryForList(
                        "select o.code from survey_cycle_organisation x join organisation o on o.id = x.organisation_id"
                                + " join survey_cycle c on c.id = x.cycle_id where c.name = ?",
                        String.class,
                        name))
                .containsExactlyInAnyOrder("eksjo", "vetlanda");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CycleView.class);
    }

    @Test
    void aModelIsUploadedAsAFileShownAndOnlyThenImported() {
        signIn("hoglandsforbundet.federation-staff");
        navigate(MaturityView.class);
        String key = "zz-prov-" + System.nanoTime();
        test($(Upload.class).id("model-upload"))
                .upload("modell.json", "application/json", "{\"key\": \"trasig\"".getBytes(StandardCharsets.UTF_8));
        assertThat($(FormError.class).first().getText())
                .isEqualTo("Modellen kan inte användas: den saknas eller är felaktigt uppbyggd.");
        assertThat($(Button.class).withId("import-model").exists()).isFalse();

        test($(Upload.class).id("model-upload")).upload("modell.json", "application/json", model(key));
        String preview = $(com.vaadin.flow.component.html.Div.class)
                .id("model-preview")
                .getElement()
                .getTextRecursively();
        assertThat(preview)
                .contains("Provmodell")
                .contains("version 1, en ny modell")
                .contains("Grunder: 1 fråga")
                .contains("Användning: 2 frågor");
        assertThat(models(key)).isZero();

        test($(Button.class).id("import-model")).click();
        assertThat(jdbc.queryForObject(
                        "select model_version from maturity_model where model_key = ?", Integer.class, key))
                .isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCoordinatorInvitesAnswersAndSubmitsTheLevelsOnlyWhenComplete() {
        Long cycle = newCycle("Samordningsprov " + System.nanoTime(), "vetlanda");
        signIn("vetlanda.org-admin");
        navigate("maturity/cycles/" + cycle, CycleView.class);
        test($(Button.class).id("invite")).click();
        assertThat($(
                                FormError.class,
                                $(com.vaadin.flow.component.html.Section.class).id("coordination"))
                        .first()
                        .getText())
                .isEqualTo("Välj en person i din organisation.");
        assertThat(responses(cycle)).isZero();
        test($(ComboBox.class).id("invite-person")).selectItem("Demo Vetlanda org-admin");
        test($(Button.class).id("invite")).click();
        assertThat(responses(cycle)).isOne();
        test($(Button.class).id("remind")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("1 person är påmind.");

        // Part of the answers is saved; submitting them all is refused until every question is answered.
        test($(RadioButtonGroup.class).id("question-strategy-goals")).selectItem("3 – Beslutade mål finns");
        assertThat($(Paragraph.class).id("answered-count").getText()).isEqualTo("1 av 14 frågor besvarade");
        test($(Button.class).id("submit-answers")).click();
        assertThat($(
                                FormError.class,
                                $(com.vaadin.flow.component.html.Section.class).id("my-answers"))
                        .first()
                        .getText())
                .isEqualTo("Besvara alla frågor innan du skickar in.");
        assertThat(jdbc.queryForObject(
                        "select a.score from survey_answer a join survey_response r on r.id = a.response_id"
                                + " where r.cycle_id = ? and a.question_key = 'strategy-goals'",
                        Integer.class,
                        cycle))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select status from survey_response where cycle_id = ?", String.class, cycle))
                .isNotEqualTo("SUBMITTED");

        test($(Button.class).id("submit-result")).click();
        assertThat(results(cycle)).isZero();
        assertThat($(ComboBox.class).id("level-current-strategy").isInvalid()).isTrue();
        for (String dimension :
                new String[] {"strategy", "data", "legal", "competence", "change", "collaboration", "use"}) {
            $(ComboBox.class).id("level-current-" + dimension).setValue(2);
            $(ComboBox.class).id("level-target-" + dimension).setValue(3);
        }
        test($(Button.class).id("submit-result")).click();
        assertThat(results(cycle)).isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_result_level l join survey_result r on r.id = l.result_id"
                                + " where r.cycle_id = ? and l.current_level = 2 and l.target_level = 3",
                        Long.class,
                        cycle))
                .isEqualTo(7);
    }

    @Test
    @SuppressWarnings("unchecked")
    void federationStaffNameACoordinatorOnceBothAreChosen() {
        signIn("nassjo.member");
        Long cycle = newCycle("Samordnarprov " + System.nanoTime(), "nassjo");
        navigate("maturity/cycles/" + cycle, CycleView.class);
        test($(Button.class).id("name-coordinator")).click();
        assertThat($(
                                FormError.class,
                                $(com.vaadin.flow.component.html.Section.class).id("coordinators"))
                        .first()
                        .getText())
                .isEqualTo("Välj organisationen och den som ska samordna.");
        test($(ComboBox.class).id("coordinator-organisation")).selectItem("Nässjö kommun");
        test($(ComboBox.class).id("coordinator-person")).selectItem("Demo Nässjö member");
        test($(Button.class).id("name-coordinator")).click();
        assertThat(jdbc.queryForObject(
                        "select p.display_name from survey_cycle_coordinator c join person p on p.id = c.person_id"
                                + " where c.cycle_id = ?",
                        String.class,
                        cycle))
                .isEqualTo("Demo Nässjö member");
    }

    @Test
    void theFederationOverviewSaysInASentenceWhatItCannotDrawYet() {
        // A model of its own, so that no other cycle's results are in its trend.
        signIn("hoglandsforbundet.federation-staff");
        Long model = maturity.importModel(new String(model("zz-tom-" + System.nanoTime()), StandardCharsets.UTF_8))
                .id();
        Long cycle = newCycle("Tom översikt " + System.nanoTime(), "aneby", model);
        navigate("maturity/cycles/" + cycle + "/federation", FederationResultView.class);
        assertThat($(Paragraph.class).id("heatmap-empty").getText()).startsWith("Ingen organisation har ett resultat");
        assertThat($(Paragraph.class).id("trend-empty").getText()).startsWith("Det finns inga resultat");
        assertThat($(Paragraph.class).id("levels-empty").getText())
                .isEqualTo("Ingen organisation har angett sina samverkansnivåer ännu.");
    }

    /** A cycle started by federation staff (who stay signed in), open from today, for one organisation. */
    private Long newCycle(String name, String organisation) {
        return newCycle(
                name,
                organisation,
                jdbc.queryForObject(
                        "select id from maturity_model where model_key = 'ai-mognad'"
                                + " order by model_version desc limit 1",
                        Long.class));
    }

    private Long newCycle(String name, String organisation, Long model) {
        signIn("hoglandsforbundet.federation-staff");
        Long organisationId =
                jdbc.queryForObject("select id from organisation where code = ?", Long.class, organisation);
        SurveyCycle cycle = maturity.createCycle(
                name,
                model,
                LocalDate.now(SwedishTime.ZONE),
                LocalDate.now(SwedishTime.ZONE).plusWeeks(2),
                Set.of(organisationId));
        return cycle.id();
    }

    private static byte[] model(String key) {
        return ("""
                {"key": "%s", "name": "Provmodell", "description": "En liten modell för prov.",
                 "dimensions": [
                  {"key": "%s-basics", "name": "Grunder", "questions": [
                    {"key": "%s-q1", "text": "Finns en plan?", "comment": false,
                     "scale": [{"value": 1, "description": "Nej"}, {"value": 2, "description": "Ja"}]}]},
                  {"key": "%s-use", "name": "Användning", "questions": [
                    {"key": "%s-q2", "text": "Används AI?", "comment": true,
                     "scale": [{"value": 1, "description": "Nej"}, {"value": 2, "description": "Ja"}]},
                    {"key": "%s-q3", "text": "Mäts effekten?", "comment": false,
                     "scale": [{"value": 1, "description": "Nej"}, {"value": 2, "description": "Ja"}]}]}]}
                """).formatted(key, key, key, key, key, key).getBytes(StandardCharsets.UTF_8);
    }

    private String refusal() {
        return $(FormError.class, $(Dialog.class).first()).first().getText();
    }

    private long cycles(String name) {
        return jdbc.queryForObject("select count(*) from survey_cycle where name = ?", Long.class, name);
    }

    private long models(String key) {
        return jdbc.queryForObject("select count(*) from maturity_model where model_key = ?", Long.class, key);
    }

    private long responses(Long cycle) {
        return jdbc.queryForObject("select count(*) from survey_response where cycle_id = ?", Long.class, cycle);
    }

    private long results(Long cycle) {
        return jdbc.queryForObject("select count(*) from survey_result where cycle_id = ?", Long.class, cycle);
    }

    private void signIn(String username) {
        var authentication =
                localAccounts.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "demo"));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
