package se.hoglandet.platform.initiative.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.InitiativeDetails;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeSharing;
import se.hoglandet.platform.initiative.InitiativeStatus;
import se.hoglandet.platform.initiative.Participation;
import se.hoglandet.platform.initiative.ParticipationRole;
import se.hoglandet.platform.initiative.ParticipationStatus;
import se.hoglandet.platform.ui.SignedInViewTest;

/**
 * Every dialog of the initiative page, browserless against MariaDB: a valid change is saved (read back with JDBC)
 * and confirmed by name; an invalid one is refused in Swedish with nothing saved; a change on a version someone
 * else saved meanwhile is refused as stale.
 */
class InitiativeDialogsTest extends SignedInViewTest {

    @Autowired
    InitiativeService initiatives;

    @Test
    @SuppressWarnings("unchecked")
    void statusDialog() {
        long id = openNewInitiative(Set.of());
        test($(Button.class).id("change-status")).click();
        test($(Button.class).id("save-status")).click();
        RadioButtonGroup<InitiativeStatus> target = $(RadioButtonGroup.class).id("status-target");
        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).isEqualTo("Välj vilken status initiativet ska få.");
        assertThat(status(id)).isEqualTo("IDEA");

        target.setValue(InitiativeStatus.PLANNED);
        test($(Button.class).id("save-status")).click();
        assertThat(status(id)).isEqualTo("PLANNED");
        assertDone("Initiativets status är ändrad.");

        test($(Button.class).id("change-status")).click();
        $(RadioButtonGroup.class).id("status-target").setValue(InitiativeStatus.PILOT);
        bumpVersion(id);
        test($(Button.class).id("save-status")).click();
        assertRefusedInDialog(STALE);
        assertThat(status(id)).isEqualTo("PLANNED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void levelDialog() {
        long id = openNewInitiative(Set.of());
        test($(Button.class).id("change-level")).click();
        $(RadioButtonGroup.class).id("level-target").setValue(CollaborationLevel.JOINT_DEVELOPMENT);
        test($(Button.class).id("save-level")).click();
        TextArea reason = $(TextArea.class).id("level-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Skriv varför samverkansnivån ändras.");
        assertThat(level(id)).isEqualTo(1);

        test(reason).setValue("Vi driver nu projektet tillsammans med Vetlanda.");
        test($(Button.class).id("save-level")).click();
        assertThat(level(id)).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select reason from initiative_level_change where initiative_id = ? and to_level = 3",
                        String.class,
                        id))
                .isEqualTo("Vi driver nu projektet tillsammans med Vetlanda.");
        assertDone("Samverkansnivån är ändrad.");

        test($(Button.class).id("change-level")).click();
        $(RadioButtonGroup.class).id("level-target").setValue(CollaborationLevel.COLLECTIVE_DIGITALISATION);
        test($(TextArea.class).id("level-reason")).setValue("Förbundet tar över.");
        bumpVersion(id);
        test($(Button.class).id("save-level")).click();
        assertRefusedInDialog(STALE);
        assertThat(level(id)).isEqualTo(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void participationDialog() {
        long vetlanda = jdbc.queryForObject("select id from organisation where code = 'vetlanda'", Long.class);
        long id = openNewInitiative(Set.of(vetlanda));
        long participation =
                jdbc.queryForObject("select id from initiative_participation where initiative_id = ?", Long.class, id);
        editFirstParticipation();
        ComboBox<ParticipationRole> role = $(ComboBox.class).id("participation-role");
        role.setValue(null);
        test($(Button.class).id("save-participation")).click();
        assertThat(role.isInvalid()).isTrue();
        assertThat(role.getErrorMessage()).isEqualTo("Välj roll och läge.");

        role.setValue(ParticipationRole.PILOT_SITE);
        $(ComboBox.class).id("participation-status").setValue(ParticipationStatus.PILOTING);
        test($(TextField.class).id("participation-note")).setValue("Pilot i hemtjänsten");
        test($(Button.class).id("save-participation")).click();
        assertThat(jdbc.queryForMap(
                        "select role, status, note from initiative_participation where id = ?", participation))
                .containsEntry("role", "PILOT_SITE")
                .containsEntry("status", "PILOTING")
                .containsEntry("note", "Pilot i hemtjänsten");
        assertDone("Deltagandet är sparat.");

        editFirstParticipation();
        test($(TextField.class).id("participation-note")).setValue("Ny anteckning");
        jdbc.update("update initiative_participation set version = version + 1 where id = ?", participation);
        test($(Button.class).id("save-participation")).click();
        assertRefusedInDialog(STALE);
        assertThat(jdbc.queryForObject(
                        "select note from initiative_participation where id = ?", String.class, participation))
                .isEqualTo("Pilot i hemtjänsten");
    }

    @Test
    void effectAndMeasurementDialogs() {
        long id = openNewInitiative(Set.of());
        test($(Button.class).id("add-effect")).click();
        test($(TextField.class).id("effect-unit")).setValue("dagar");
        test($(TextField.class).id("effect-baseline")).setValue("10");
        test($(TextField.class).id("effect-target")).setValue("5");
        test($(Button.class).id("save-effect")).click();
        TextField name = $(TextField.class).id("effect-name");
        assertThat(name.getErrorMessage()).isEqualTo("Ange namn och enhet för effektmåttet.");
        assertThat(jdbc.queryForObject("select count(*) from effect_indicator where initiative_id = ?", Long.class, id))
                .isZero();

        test(name).setValue("Svarstid");
        test($(Button.class).id("save-effect")).click();
        assertDone("Effektmåttet är tillagt.");
        long indicator = jdbc.queryForObject("select id from effect_indicator where initiative_id = ?", Long.class, id);
        assertThat($(Paragraph.class)
                        .withText("Inga mätvärden ännu. Registrera det första när ni har mätt.")
                        .exists())
                .isTrue();

        test($(Button.class).id("measure-" + indicator)).click();
        test($(TextField.class).id("measurement-value")).setValue("");
        test($(Button.class).id("save-measurement")).click();
        assertThat($(TextField.class).id("measurement-value").getErrorMessage()).isEqualTo("Ange datum och värde.");
        test($(TextField.class).id("measurement-value")).setValue("7,5");
        test($(Button.class).id("save-measurement")).click();
        assertThat(jdbc.queryForObject(
                        "select measured from effect_measurement where indicator_id = ?", BigDecimal.class, indicator))
                .isEqualByComparingTo("7.5");
        assertDone("Mätvärdet är registrerat.");
        assertThat($(Paragraph.class)
                        .withText("Utgångsläge 10, mål 5, senast uppmätt 7,5.")
                        .exists())
                .isTrue();
    }

    @Test
    void previewShowsWhatThePublicWouldSee() {
        openNewInitiative(Set.of());
        test($(Button.class).id("public-preview")).click();
        Dialog preview = $(Dialog.class).first();
        assertThat(preview.isOpened()).isTrue();
        assertThat(preview.getHeaderTitle()).isEqualTo("Förhandsgranska publik vy");
        assertThat($(Paragraph.class)
                        .from(preview)
                        .withText("En pilot som prövar dialogerna.")
                        .exists())
                .isTrue();
        test($(Button.class).id("close-preview")).click();
        assertThat(preview.isOpened()).isFalse();
    }

    @Test
    void followingIsConfirmedByName() {
        long id = openNewInitiative(Set.of());
        signIn("vetlanda.member");
        navigate("initiatives/" + id, InitiativeView.class);
        test($(Button.class).id("follow")).click();
        assertDone("Du följer nu initiativet.");
        assertThat($(Button.class).id("follow").getText()).isEqualTo("Sluta följa");
    }

    /** An initiative of Eksjö's, new, on its page for Eksjö's project lead. */
    private long openNewInitiative(Set<Long> participants) {
        signIn("eksjo.project-lead");
        long id = initiatives
                .create(
                        InitiativeDetails.of(
                                "Dialogprövning " + System.nanoTime(),
                                "En pilot som prövar dialogerna.",
                                Area.ADMINISTRATION),
                        InitiativeSharing.federationWide(participants),
                        CollaborationLevel.NETWORKING)
                .id();
        navigate("initiatives/" + id, InitiativeView.class);
        return id;
    }

    /** The change button lives in the participants grid's last column. */
    @SuppressWarnings("unchecked")
    private void editFirstParticipation() {
        Grid<Participation> grid = $(Grid.class).id("participants");
        test((Button) test(grid).getCellComponent(0, grid.getColumns().size() - 1))
                .click();
    }

    private void bumpVersion(long id) {
        jdbc.update("update initiative set version = version + 1 where id = ?", id);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from initiative where id = ?", String.class, id);
    }

    private int level(long id) {
        return jdbc.queryForObject("select collaboration_level from initiative where id = ?", Integer.class, id);
    }
}
