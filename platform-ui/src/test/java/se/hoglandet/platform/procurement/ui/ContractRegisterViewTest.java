package se.hoglandet.platform.procurement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.hoglandet.platform.procurement.Contract;
import se.hoglandet.platform.procurement.ContractDraft;
import se.hoglandet.platform.procurement.ContractRow;
import se.hoglandet.platform.procurement.ContractService;
import se.hoglandet.platform.procurement.ProcurementCategory;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.SignedInViewTest;
import se.hoglandet.platform.visibility.Visibility;

/**
 * The contract register in the browserless UI: a notice deadline that has passed is flagged in words, in the expiry
 * list and on the contract; the suggested joint procurement never advises a date in the past (the demo's earliest
 * contract ends in four months, too soon for a year's lead time); the contract dialog refuses a bad value and a
 * stale edit and saves nothing, and saves a valid change.
 */
class ContractRegisterViewTest extends SignedInViewTest {

    @Autowired
    ContractService contracts;

    @Test
    @SuppressWarnings("unchecked")
    void aPassedNoticeDeadlineIsFlaggedInTheExpiryListAndOnTheContract() {
        signIn("eksjo.procurement");
        LocalDate today = Formats.today();
        // Ends in two months with three months' notice: the last day went a month ago. The other has a month's
        // notice before an end in five months: four months left.
        Contract passed = register("Uppsägning passerad " + System.nanoTime(), today.plusMonths(2), 3);
        Contract open = register("Uppsägning öppen " + System.nanoTime(), today.plusMonths(5), 1);

        signIn("vetlanda.procurement");
        navigate(ContractsView.class);
        Grid<ContractRow> ending = $(Grid.class).id("ending-contracts");
        assertThat(noticeCell(ending, passed.subject()).getElement().getTextRecursively())
                .isEqualTo(Formats.date(today.plusMonths(2).minusMonths(3)) + " Passerad");
        assertThat(noticeCell(ending, open.subject()).getElement().getTextRecursively())
                .isEqualTo(Formats.date(today.plusMonths(5).minusMonths(1)));

        navigate("contracts/" + passed.id(), ContractView.class);
        assertThat($(DescriptionList.class).id("contract-facts").getElement().getTextRecursively())
                .contains("sista dagen har passerat (3 månaders uppsägningstid)");
    }

    @Test
    void theSuggestionNeverAdvisesADateInThePast() {
        signIn("vetlanda.procurement");
        navigate(ContractsView.class);
        String suggestion =
                $(Section.class).id("suggestion-SPEECH_TO_TEXT").getElement().getTextRecursively();
        LocalDate today = Formats.today();
        // Eksjö's contract ends in four months: a year's lead time starts today, the new contract in a year.
        assertThat(suggestion)
                .contains("Börja behovsanalysen " + Formats.date(today))
                .contains("låt det nya avtalet börja " + Formats.date(today.plusMonths(12)))
                .contains("förläng det med en option");
    }

    @Test
    void theContractDialogRefusesBadValuesAndStaleEditsAndSavesAChange() {
        signIn("eksjo.procurement");
        Contract contract = contracts.create(new ContractDraft(
                "Leverantör AB",
                "Prövningsavtal " + System.nanoTime(),
                ProcurementCategory.ANALYTICS,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31),
                List.of(12),
                0,
                3,
                new BigDecimal("100000"),
                false,
                null,
                null,
                Visibility.FEDERATION));
        navigate("contracts/" + contract.id(), ContractView.class);
        test($(Button.class).id("edit-contract")).click();
        test($(TextField.class).id("contract-options")).setValue("tolv");
        test($(Button.class).id("save-contract")).click();
        assertThat($(Dialog.class).first().isOpened()).isTrue();
        assertThat($(TextField.class).id("contract-options").getErrorMessage())
                .isEqualTo("Ange högst 10 optioner på 1–120 månader, åtskilda med kommatecken.");
        test($(TextField.class).id("contract-options")).setValue("12, 12");
        test($(TextField.class).id("contract-used")).setValue("3");
        test($(Button.class).id("save-contract")).click();
        assertThat(dialogError()).isEqualTo("Antalet utnyttjade förlängningar kan inte vara fler än optionerna.");
        // A number written with a period is refused, in the dialog and at the field, and nothing is saved.
        test($(TextField.class).id("contract-used")).setValue("1");
        test($(TextField.class).id("contract-value")).setValue("1.5");
        test($(Button.class).id("save-contract")).click();
        assertThat(dialogError()).isEqualTo("Skriv ett tal med decimalkomma, till exempel 10,5 eller 480 000.");
        assertThat($(TextField.class).id("contract-value").isInvalid()).isTrue();
        assertThat(used(contract)).isZero();
        test($(TextField.class).id("contract-value")).setValue("100 000");

        jdbc.update("update contract set version = version + 1 where id = ?", contract.id());
        test($(TextField.class).id("contract-used")).setValue("1");
        test($(Button.class).id("save-contract")).click();
        assertThat(dialogError()).isEqualTo(STALE);
        assertThat(used(contract)).isZero();
        test($(Button.class).id("dialog-cancel")).click();

        navigate("contracts/" + contract.id(), ContractView.class);
        test($(Button.class).id("edit-contract")).click();
        test($(TextField.class).id("contract-options")).setValue("12, 12");
        test($(TextField.class).id("contract-used")).setValue("1");
        test($(Button.class).id("save-contract")).click();
        assertThat(used(contract)).isOne();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Avtalet är sparat.");
        assertThat(jdbc.queryForObject(
                        "select contract_value from contract where id = ?", BigDecimal.class, contract.id()))
                .isEqualByComparingTo("100000");
    }

    private Contract register(String subject, LocalDate endsOn, int noticeMonths) {
        return contracts.create(new ContractDraft(
                "Leverantör AB",
                subject,
                ProcurementCategory.ANALYTICS,
                endsOn.minusYears(2),
                endsOn,
                List.of(),
                0,
                noticeMonths,
                null,
                false,
                null,
                null,
                Visibility.FEDERATION));
    }

    private Component noticeCell(Grid<ContractRow> grid, String subject) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).contract().subject().equals(subject)) {
                return test(grid).getCellComponent(row, grid.getColumns().size() - 1);
            }
        }
        throw new AssertionError("No row for " + subject);
    }

    private String dialogError() {
        return $(FormError.class).from($(Dialog.class).first()).first().getText();
    }

    private int used(Contract contract) {
        return jdbc.queryForObject("select extensions_used from contract where id = ?", Integer.class, contract.id());
    }
}
