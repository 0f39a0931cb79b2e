package se.hoglandet.platform.expertise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.hoglandet.platform.expertise.ExpertEntry;
import se.hoglandet.platform.expertise.ExpertProfile;
import se.hoglandet.platform.expertise.ExpertiseArea;
import se.hoglandet.platform.expertise.ExpertiseOverview;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.SignedInViewTest;

/**
 * Shared expertise through its pages on the real test MariaDB: an expert offers hours (refused above the limit),
 * the administrator approves the offer, another organisation asks for more hours than offered (refused, nothing
 * saved) and then within the offer, the administrator approves, and the expert records hours (negative refused).
 */
class ExpertisePagesTest extends SignedInViewTest {

    private static final String EXPERT = "vetlanda.member";

    @Autowired
    PersonService people;

    @Test
    @SuppressWarnings("unchecked")
    void anOfferIsApprovedAskedForAndItsHoursRecorded() {
        signIn(EXPERT);
        Long expert = people.myProfile().id();
        navigate(ExpertProfileView.class);
        ((MultiSelectComboBox<ExpertiseArea>) $(MultiSelectComboBox.class).id("profile-areas"))
                .setValue(Set.of(ExpertiseArea.UX));
        test($(Checkbox.class).id("profile-offers")).click();
        test($(TextField.class).id("profile-hours")).setValue("200");
        test($(Button.class).id("save-profile")).click();
        assertThat($(FormError.class).first().getText()).isEqualTo("Erbjud mellan 1 och 80 timmar i månaden.");
        assertThat(profiles(expert)).isZero();
        test($(TextField.class).id("profile-hours")).setValue("5");
        test($(Button.class).id("save-profile")).click();
        assertDone("Din expertprofil är sparad.");
        assertThat(lending(expert)).isEqualTo("PENDING");

        signIn("vetlanda.org-admin");
        navigate(HelpRequestsView.class);
        Long profile = jdbc.queryForObject("select id from expert_profile where person_id = ?", Long.class, expert);
        Grid<ExpertProfile> offers = $(Grid.class).id("lending-to-decide");
        int offer = rowOf(offers, p -> p.id().equals(profile));
        ((Button) ((FlexLayout) test(offers).getCellComponent(offer, 2)).getComponentAt(0)).click();
        assertThat(lending(expert)).isEqualTo("APPROVED");

        signIn("eksjo.member");
        navigate(ExpertiseView.class);
        ((ComboBox<ExpertiseArea>) $(ComboBox.class).id("expertise-area")).setValue(ExpertiseArea.UX);
        Grid<ExpertEntry> directory = $(Grid.class).id("expertise-directory");
        ((Button) test(directory)
                        .getCellComponent(rowOf(directory, e -> e.person().id().equals(expert)), 4))
                .click();
        test($(TextArea.class).id("help-what")).setValue("Granska vår e-tjänst");
        test($(TextField.class).id("help-hours")).setValue("8");
        test($(DatePicker.class).id("help-needed-by")).setValue(Formats.today().plusDays(10));
        test($(Button.class).id("save-help")).click();
        assertRefusedInDialog("Ange fler än 0 och högst 5 timmar, med högst en decimal.");
        assertThat(requests(expert)).isZero();
        test($(TextField.class).id("help-hours")).setValue("3");
        test($(Button.class).id("save-help")).click();
        assertThat(getCurrentView()).isInstanceOf(HelpRequestView.class);
        Long request =
                jdbc.queryForObject("select id from help_request where expert_person_id = ?", Long.class, expert);

        signIn("vetlanda.org-admin");
        navigate("expertise/help/" + request, HelpRequestView.class);
        test($(Button.class).id("approve-help")).click();
        assertDone("Förfrågan är godkänd.");

        signIn(EXPERT);
        navigate("expertise/help/" + request, HelpRequestView.class);
        test($(Button.class).id("record-hours")).click();
        test($(TextField.class).id("hours-given")).setValue("-1");
        test($(Button.class).id("save-hours")).click();
        assertRefusedInDialog("Ange fler än 0 och högst 3 timmar, med högst en decimal.");
        test($(TextField.class).id("hours-given")).setValue("2,5");
        test($(Button.class).id("save-hours")).click();
        assertDone("Timmarna är registrerade.");
        assertThat(jdbc.queryForObject(
                        "select sum(hours) from help_hours where help_request_id = ?", BigDecimal.class, request))
                .isEqualByComparingTo("2.5");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFederationSeesHoursLentAndBorrowed() {
        signIn("hoglandsforbundet.federation-staff");
        navigate(ExpertiseOverviewView.class);
        // The demo: Eksjö's architect gave Aneby 3,5 hours of integration help this year.
        Grid<ExpertiseOverview.Row> rows = $(Grid.class).id("overview-rows");
        assertThat(rows.getListDataView().getItems())
                .filteredOn(r -> r.area() == ExpertiseArea.INTEGRATION)
                .extracting(r -> r.organisation().code(), r -> plain(r.lent()), r -> plain(r.borrowed()))
                .contains(
                        org.assertj.core.groups.Tuple.tuple("eksjo", "3.5", "0"),
                        org.assertj.core.groups.Tuple.tuple("aneby", "0", "3.5"));
    }

    /** The row of the first item matching, reading the grid as the browser would (component columns included). */
    private <T> int rowOf(Grid<T> grid, java.util.function.Predicate<T> matching) {
        var tester = test(grid);
        for (int row = 0; row < tester.size(); row++) {
            if (matching.test(tester.getRow(row))) {
                return row;
            }
        }
        throw new AssertionError("no matching row");
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private long profiles(Long person) {
        return jdbc.queryForObject("select count(*) from expert_profile where person_id = ?", Long.class, person);
    }

    private String lending(Long person) {
        return jdbc.queryForObject("select lending from expert_profile where person_id = ?", String.class, person);
    }

    private long requests(Long expert) {
        return jdbc.queryForObject("select count(*) from help_request where expert_person_id = ?", Long.class, expert);
    }
}
