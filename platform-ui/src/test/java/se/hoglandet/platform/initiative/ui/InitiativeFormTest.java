package se.hoglandet.platform.initiative.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.SignedInViewTest;

/**
 * The initiative form (new and edit) against MariaDB: a valid initiative is saved with its partners and opens on
 * its own page; a missing title is refused at the field in Swedish and nothing is saved; an edit someone else
 * saved in between is refused as stale, with everything typed kept; every input has a label.
 */
class InitiativeFormTest extends SignedInViewTest {

    @Test
    @SuppressWarnings("unchecked")
    void aValidInitiativeIsSavedWithItsPartnersAndOpensOnItsPage() {
        signIn("eksjo.project-lead");
        navigate(InitiativeEditView.class);
        String title = "Formulärprövning " + System.nanoTime();
        test($(TextField.class).id("initiative-title")).setValue(title);
        test($(TextArea.class).id("initiative-summary")).setValue("En sammanfattning.");
        test($(TextField.class).id("initiative-tags")).setValue("tolkning, pilot");
        MultiSelectComboBox<Organisation> participants =
                $(MultiSelectComboBox.class).id("initiative-participants");
        participants.setValue(Set.of(participants
                .getListDataView()
                .getItems()
                .filter(o -> o.code().equals("vetlanda"))
                .findFirst()
                .orElseThrow()));
        test($(Button.class).id("save-initiative")).click();

        Long id = jdbc.queryForObject("select id from initiative where title = ?", Long.class, title);
        assertThat(jdbc.queryForList(
                        "select o.code from initiative_participating_organisations p join organisation o"
                                + " on o.id = p.participating_organisations_id where p.initiative_id = ?",
                        String.class,
                        id))
                .containsExactly("vetlanda");
        assertThat(jdbc.queryForList("select tag from initiative_tag where initiative_id = ?", String.class, id))
                .containsExactlyInAnyOrder("tolkning", "pilot");
        assertThat(getCurrentView()).isInstanceOf(InitiativeView.class);
        assertThat($(H2.class).id("initiative-heading").getText()).isEqualTo(title);
    }

    @Test
    void aMissingTitleIsRefusedAtTheFieldAndNothingIsSaved() {
        signIn("eksjo.project-lead");
        navigate(InitiativeEditView.class);
        long before = jdbc.queryForObject("select count(*) from initiative", Long.class);
        test($(TextArea.class).id("initiative-summary")).setValue("Sammanfattning utan titel.");
        test($(Button.class).id("save-initiative")).click();

        TextField title = $(TextField.class).id("initiative-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Ange en titel (högst 200 tecken).");
        assertThat(getCurrentView()).isInstanceOf(InitiativeEditView.class);
        assertThat(jdbc.queryForObject("select count(*) from initiative", Long.class))
                .isEqualTo(before);
    }

    @Test
    void anEditSavedByAnotherInBetweenIsRefusedAsStale() {
        signIn("eksjo.project-lead");
        long id = demoInitiativeOf("eksjo");
        navigate("initiatives/" + id + "/edit", InitiativeEditView.class);
        String typed = "Ändrad titel " + System.nanoTime();
        test($(TextField.class).id("initiative-title")).setValue(typed);
        jdbc.update("update initiative set version = version + 1 where id = ?", id);
        test($(Button.class).id("save-initiative")).click();

        assertThat($(FormError.class).id("form-error").getText())
                .isEqualTo("Någon annan har ändrat uppgifterna medan du arbetade. Dina ändringar har inte sparats;"
                        + " ladda om sidan och gör om dem.");
        assertThat($(TextField.class).id("initiative-title").getValue()).isEqualTo(typed);
        assertThat(jdbc.queryForObject("select count(*) from initiative where title = ?", Long.class, typed))
                .isZero();
    }

    @Test
    void everyInputOfTheFormHasALabel() {
        signIn("eksjo.project-lead");
        InitiativeEditView view = navigate(InitiativeEditView.class);
        var inputs = $(Component.class).from(view).all().stream()
                .filter(c -> c instanceof HasLabel && c instanceof com.vaadin.flow.component.HasValue<?, ?>)
                .toList();
        assertThat(inputs).hasSizeGreaterThan(20);
        assertThat(inputs)
                .allSatisfy(input -> assertThat(((HasLabel) input).getLabel())
                        .as(input.getId().orElse(input.getClass().getSimpleName()))
                        .isNotBlank());
    }
}
